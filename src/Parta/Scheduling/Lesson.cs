using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Data;
using Parta.Organisation;
using Parta.People;

namespace Parta.Scheduling;

/// <summary>
/// Урок: a dated lesson, made by <see cref="RefreshLessons"/> from the timetable in force on its date, the calendar, the
/// bells and the day's changes. Journals hang their columns off it, so its id stays while the timetable moves it: the
/// k-th lesson of a teaching assignment on a date is the same lesson after any change. Only <see cref="Topic"/> is
/// written by people (and audited); everything else is made again whenever what it is made from changes.
/// </summary>
[Audited]
public sealed class Lesson : Entity, ISchoolOwned
{
    [NotAudited] public Guid SchoolId { get; init; }
    [NotAudited] public Guid AcademicYearId { get; init; }
    [NotAudited] public DateOnly Date { get; init; }
    [NotAudited] public int Number { get; set; }

    /// <summary>The lesson number the timetable gives it (<see cref="Number"/> differs when the lesson is moved).</summary>
    [NotAudited] public int Slot { get; set; }
    [NotAudited] public TimeOnly? Start { get; set; }
    [NotAudited] public TimeOnly? End { get; set; }
    [NotAudited] public Guid TeachingAssignmentId { get; init; }

    /// <summary>Copied from the assignment so that a class's, a group's or a subject's lessons are read without a join.</summary>
    [NotAudited] public Guid SubjectId { get; init; }
    [NotAudited] public Guid? SchoolClassId { get; init; }
    [NotAudited] public Guid? StudyGroupId { get; init; }

    /// <summary>Who actually gives the lesson: the assignment's teacher, or the substitute.</summary>
    [NotAudited] public Guid TeacherId { get; set; }
    [NotAudited] public Guid? RoomId { get; set; }
    [NotAudited] public LessonChangeKind? Change { get; set; }
    [NotAudited] public Guid? LessonChangeId { get; set; }

    /// <summary>
    /// Set when the timetable no longer has this lesson but it already holds what people wrote (a topic, marks,
    /// attendance): it is kept for its teacher to decide on, never deleted silently.
    /// </summary>
    [NotAudited] public bool NotInTimetable { get; set; }

    /// <summary>The topic of the lesson (тема урока), as the teacher wrote it.</summary>
    public string? Topic { get; set; }

    /// <summary>Домашнее задание given at this lesson (text; links in it are shown as links; files are <see cref="Journal.HomeworkFile"/>).</summary>
    public string? Homework { get; set; }
}

internal sealed class LessonConfiguration : IEntityTypeConfiguration<Lesson>
{
    public void Configure(EntityTypeBuilder<Lesson> builder)
    {
        builder.Property(l => l.Topic).HasMaxLength(ScheduleRules.TopicLength);
        builder.Property(l => l.Homework).HasMaxLength(Journal.JournalRules.HomeworkLength);
        builder.HasOne<AcademicYear>().WithMany().HasForeignKey(l => l.AcademicYearId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<TeachingAssignment>().WithMany().HasForeignKey(l => l.TeachingAssignmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(l => l.TeacherId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Room>().WithMany().HasForeignKey(l => l.RoomId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<LessonChange>().WithMany().HasForeignKey(l => l.LessonChangeId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(l => new { l.SchoolId, l.Date });
        builder.HasIndex(l => new { l.TeachingAssignmentId, l.Date });
        builder.HasIndex(l => new { l.SchoolClassId, l.Date });
        builder.HasIndex(l => new { l.StudyGroupId, l.Date });
        builder.HasIndex(l => new { l.TeacherId, l.Date });
        builder.HasIndex(l => new { l.RoomId, l.Date });
    }
}
