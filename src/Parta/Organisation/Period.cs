using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Data;

namespace Parta.Organisation;

/// <summary>Учебный период: dates and the closed flag (a closed period's marks are read-only).</summary>
[Audited]
public sealed class Period : Entity, ISchoolOwned, IVersioned
{
    /// <summary>The concurrency token (see <see cref="IVersioned"/>).</summary>
    public uint Version { get; set; }

    public Guid SchoolId { get; init; }
    public Guid PeriodSchemeId { get; init; }
    public int Number { get; set; }
    public required string Name { get; set; }
    public DateOnly Start { get; set; }
    public DateOnly End { get; set; }
    public bool Closed { get; set; }
}

internal sealed class PeriodConfiguration : IEntityTypeConfiguration<Period>
{
    public void Configure(EntityTypeBuilder<Period> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(100);
        builder.HasIndex(p => new { p.PeriodSchemeId, p.Number }).IsUnique();
        builder.HasIndex(p => new { p.SchoolId, p.Start });
    }
}
