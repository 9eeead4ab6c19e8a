using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Data;

namespace Parta.Organisation;

/// <summary>What a grade (параллель) follows in a year: its period scheme and a 5- or 6-day week.</summary>
[Audited]
public sealed class GradeSettings : Entity, ISchoolOwned, IVersioned
{
    /// <summary>The concurrency token (see <see cref="IVersioned"/>).</summary>
    public uint Version { get; set; }

    public Guid SchoolId { get; init; }
    public Guid AcademicYearId { get; init; }
    public int Grade { get; init; }
    public Guid? PeriodSchemeId { get; set; }
    public int DaysPerWeek { get; set; } = 5;
}

internal sealed class GradeSettingsConfiguration : IEntityTypeConfiguration<GradeSettings>
{
    public void Configure(EntityTypeBuilder<GradeSettings> builder)
    {
        builder.HasOne<AcademicYear>().WithMany().HasForeignKey(g => g.AcademicYearId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PeriodScheme>().WithMany().HasForeignKey(g => g.PeriodSchemeId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(g => new { g.AcademicYearId, g.Grade }).IsUnique();
    }
}
