using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Data;
using Parta.Scheduling;

namespace Parta.Journal;

/// <summary>A file attached to a lesson's homework; the bytes are in the data directory under <see cref="StoredName"/>.</summary>
[Audited]
public sealed class HomeworkFile : Entity, ISchoolOwned
{
    [NotAudited] public Guid SchoolId { get; init; }
    [NotAudited] public Guid LessonId { get; init; }
    public required string FileName { get; init; }
    [NotAudited] public required string ContentType { get; init; }
    [NotAudited] public long Size { get; init; }
    [NotAudited] public required string StoredName { get; init; }
    [NotAudited] public DateTime UploadedAt { get; init; }
}

internal sealed class HomeworkFileConfiguration : IEntityTypeConfiguration<HomeworkFile>
{
    public void Configure(EntityTypeBuilder<HomeworkFile> builder)
    {
        builder.Property(f => f.FileName).HasMaxLength(JournalRules.FileNameLength);
        builder.Property(f => f.ContentType).HasMaxLength(100);
        builder.Property(f => f.StoredName).HasMaxLength(100);
        builder.HasOne<Lesson>().WithMany().HasForeignKey(f => f.LessonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => f.LessonId);
    }
}
