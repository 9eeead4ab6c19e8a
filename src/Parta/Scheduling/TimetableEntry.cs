using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Scheduling;

/// <summary>
/// A line of the weekly timetable: on <see cref="Day"/> (1 = Monday … 6 = Saturday), lesson <see cref="Number"/>, the
/// class or group of a teaching assignment has its lesson in a room. Two groups of one class may share a slot.
/// </summary>
[Audited]
public sealed class TimetableEntry : Entity, ISchoolOwned, IVersioned
{
    /// <summary>The concurrency token (see <see cref="IVersioned"/>): two people changing one lesson do not overwrite each other.</summary>
    public uint Version { get; set; }

    public Guid SchoolId { get; init; }
    public Guid TimetableId { get; init; }
    public int Day { get; set; }
    public int Number { get; set; }
    public Guid TeachingAssignmentId { get; set; }
    public TeachingAssignment? TeachingAssignment { get; set; }
    public Guid? RoomId { get; set; }
    public WeekParity Weeks { get; set; }
}

internal sealed class TimetableEntryConfiguration : IEntityTypeConfiguration<TimetableEntry>
{
    public void Configure(EntityTypeBuilder<TimetableEntry> builder)
    {
        builder.HasOne<Timetable>().WithMany().HasForeignKey(e => e.TimetableId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.TeachingAssignment).WithMany().HasForeignKey(e => e.TeachingAssignmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Room>().WithMany().HasForeignKey(e => e.RoomId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(e => new { e.TimetableId, e.Day, e.Number });
        builder.HasIndex(e => e.TeachingAssignmentId);
    }
}
