using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Data;

namespace Parta.Organisation;

/// <summary>A way of dividing the year into periods (четверти, полугодия, триместры), used by some grades.</summary>
[Audited]
public sealed class PeriodScheme : Entity, ISchoolOwned, IVersioned
{
    /// <summary>The concurrency token (see <see cref="IVersioned"/>).</summary>
    public uint Version { get; set; }

    public Guid SchoolId { get; init; }
    public Guid AcademicYearId { get; init; }
    public required string Name { get; set; }
    public PeriodKind Kind { get; set; }
    public List<Period> Periods { get; init; } = [];
}

internal sealed class PeriodSchemeConfiguration : IEntityTypeConfiguration<PeriodScheme>
{
    public void Configure(EntityTypeBuilder<PeriodScheme> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.HasOne<AcademicYear>().WithMany().HasForeignKey(s => s.AcademicYearId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Periods).WithOne().HasForeignKey(p => p.PeriodSchemeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.SchoolId, s.AcademicYearId });
    }
}
