using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Data;
using Parta.Scheduling;

namespace Parta.Journal;

/// <summary>Оцениваемое задание of a lesson: a column of marks of one work type («Ответ на уроке», «Контрольная работа №2»).</summary>
[Audited]
public sealed class Assessment : Entity, ISchoolOwned
{
    [NotAudited] public Guid SchoolId { get; init; }
    [NotAudited] public Guid LessonId { get; init; }
    public Guid WorkTypeId { get; set; }
    public string? Title { get; set; }

    /// <summary>The column's place among the lesson's assessments (1, 2…).</summary>
    [NotAudited] public int Number { get; set; }
}

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(JournalRules.TitleLength);
        builder.HasOne<Lesson>().WithMany().HasForeignKey(a => a.LessonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<WorkType>().WithMany().HasForeignKey(a => a.WorkTypeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.LessonId, a.Number }).IsUnique();
    }
}
