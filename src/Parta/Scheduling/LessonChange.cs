using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Data;
using Parta.Organisation;
using Parta.People;

namespace Parta.Scheduling;

/// <summary>
/// A change of one date (замена): it names the timetable's lesson by its teaching assignment and lesson
/// <see cref="Number"/> on <see cref="Date"/>, and says what happens to it — another teacher, cancelled, moved to
/// <see cref="NewNumber"/> or <see cref="RoomId"/>. An <see cref="LessonChangeKind.Extra"/> lesson adds lesson
/// <see cref="Number"/> that the timetable does not have. Dated lessons are made from the timetable with these applied.
/// </summary>
[Audited]
public sealed class LessonChange : Entity, ISchoolOwned, IVersioned
{
    /// <summary>The concurrency token (see <see cref="IVersioned"/>).</summary>
    public uint Version { get; set; }

    public Guid SchoolId { get; init; }
    public DateOnly Date { get; init; }
    public LessonChangeKind Kind { get; set; }
    public Guid TeachingAssignmentId { get; init; }
    public int Number { get; init; }
    public int? NewNumber { get; set; }
    public Guid? RoomId { get; set; }
    public Guid? SubstituteId { get; set; }
    public string? Reason { get; set; }
}

internal sealed class LessonChangeConfiguration : IEntityTypeConfiguration<LessonChange>
{
    public void Configure(EntityTypeBuilder<LessonChange> builder)
    {
        builder.Property(c => c.Reason).HasMaxLength(ScheduleRules.ReasonLength);
        builder.HasOne<TeachingAssignment>().WithMany().HasForeignKey(c => c.TeachingAssignmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Room>().WithMany().HasForeignKey(c => c.RoomId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(c => c.SubstituteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.SchoolId, c.Date });
        builder.HasIndex(c => new { c.TeachingAssignmentId, c.Date, c.Number }).IsUnique();
    }
}
