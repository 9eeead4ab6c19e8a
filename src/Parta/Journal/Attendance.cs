using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Data;
using Parta.People;
using Parta.Scheduling;

namespace Parta.Journal;

/// <summary>
/// A student's cell of a lesson: the attendance code and the teacher's comment. Its id is made from the lesson and the
/// student (<see cref="CellId"/>), so the cell's history is the audit history of that id. A row with neither is deleted.
/// </summary>
[Audited]
public sealed class Attendance : Entity, ISchoolOwned, IVersioned
{
    /// <summary>The concurrency token (see <see cref="IVersioned"/>).</summary>
    [NotAudited] public uint Version { get; set; }

    [NotAudited] public Guid SchoolId { get; init; }
    [NotAudited] public Guid LessonId { get; init; }
    [NotAudited] public Guid StudentId { get; init; }

    /// <summary>The attendance code as shown («Н»); null when only a comment is kept.</summary>
    public string? Code { get; set; }
    public string? Comment { get; set; }

    [NotAudited] public DateTime ChangedAt { get; set; }
    [NotAudited] public bool Late { get; set; }
}

internal sealed class AttendanceConfiguration : IEntityTypeConfiguration<Attendance>
{
    public void Configure(EntityTypeBuilder<Attendance> builder)
    {
        builder.ToTable("Attendance");
        builder.Property(a => a.Code).HasMaxLength(JournalRules.AttendanceCodeLength);
        builder.Property(a => a.Comment).HasMaxLength(JournalRules.CommentLength);
        builder.HasOne<Lesson>().WithMany().HasForeignKey(a => a.LessonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Student>().WithMany().HasForeignKey(a => a.StudentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.LessonId, a.StudentId }).IsUnique();
        builder.HasIndex(a => a.StudentId);
    }
}
