using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Scheduling;

/// <summary>
/// One version of the weekly timetable of a school year, in force from <see cref="ValidFrom"/> until the day before the
/// next version starts (or the end of the year). A new timetable from a date keeps the old one for the earlier dates.
/// </summary>
[Audited]
public sealed class Timetable : Entity, ISchoolOwned, IVersioned
{
    /// <summary>The concurrency token (see <see cref="IVersioned"/>).</summary>
    public uint Version { get; set; }

    public Guid SchoolId { get; init; }
    public Guid AcademicYearId { get; init; }
    public DateOnly ValidFrom { get; set; }

    /// <summary>Whether lessons may differ on odd and even weeks (the week of the year's first day is odd).</summary>
    public bool AlternatingWeeks { get; set; }
}

internal sealed class TimetableConfiguration : IEntityTypeConfiguration<Timetable>
{
    public void Configure(EntityTypeBuilder<Timetable> builder)
    {
        builder.HasOne<AcademicYear>().WithMany().HasForeignKey(t => t.AcademicYearId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => new { t.SchoolId, t.AcademicYearId, t.ValidFrom }).IsUnique();
    }
}
