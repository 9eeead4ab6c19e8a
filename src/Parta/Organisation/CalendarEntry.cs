using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Data;

namespace Parta.Organisation;

/// <summary>An entry of the school calendar (календарный учебный график); <see cref="Grade"/> limits it to one grade.</summary>
[Audited]
public sealed class CalendarEntry : Entity, ISchoolOwned, IVersioned
{
    /// <summary>The concurrency token (see <see cref="IVersioned"/>).</summary>
    public uint Version { get; set; }

    public Guid SchoolId { get; init; }
    public Guid AcademicYearId { get; init; }
    public CalendarEntryKind Kind { get; set; }
    public required string Name { get; set; }
    public DateOnly Start { get; set; }
    public DateOnly End { get; set; }
    public int? Grade { get; set; }

    /// <summary>
    /// For a moved working day (<see cref="CalendarEntryKind.WorkingDay"/>): whose timetable it follows, 1 = Monday …
    /// 6 = Saturday («суббота работает по расписанию понедельника»); none — its own day of the week.
    /// </summary>
    public int? TimetableDay { get; set; }
}

internal sealed class CalendarEntryConfiguration : IEntityTypeConfiguration<CalendarEntry>
{
    public void Configure(EntityTypeBuilder<CalendarEntry> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.HasOne<AcademicYear>().WithMany().HasForeignKey(c => c.AcademicYearId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.SchoolId, c.AcademicYearId, c.Start });
    }
}
