using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Grading;

/// <summary>How a year (or final) mark is suggested when the average of the period marks ends in exactly one half.</summary>
public enum HalfRounding
{
    /// <summary>In the student's favour: 3,5 → 4.</summary>
    Up,

    /// <summary>Against: 3,5 → 3.</summary>
    Down,

    /// <summary>As the last period's mark decides: 4, 3, 4, 3 → 3; 3, 4, 3, 4 → 4.</summary>
    LastPeriod,
}

/// <summary>
/// A school's rules for suggesting final marks (one row a school; a school without one follows <see cref="Defaults"/>):
/// the thresholds of the weighted average for 5, 4 and 3, the fewest marks a period mark needs, the share of missed
/// lessons above which «н/а» is suggested, and the rounding of halves for year and final marks.
/// </summary>
[Audited]
public sealed class GradingRules : Entity, ISchoolOwned, IVersioned
{
    /// <summary>The concurrency token (see <see cref="IVersioned"/>).</summary>
    public uint Version { get; set; }

    public Guid SchoolId { get; init; }
    public decimal Five { get; set; } = 4.5m;
    public decimal Four { get; set; } = 3.5m;
    public decimal Three { get; set; } = 2.5m;
    public int MinMarks { get; set; } = 3;
    public int MaxMissedPercent { get; set; } = 50;
    public HalfRounding Halves { get; set; } = HalfRounding.Up;

    /// <summary>First graders learn without marks (безотметочное обучение): no period, year or final marks in grade 1.</summary>
    public const int UnmarkedGrade = 1;

    public static GradingRules Defaults(Guid schoolId) => new() { SchoolId = schoolId };
}

internal sealed class GradingRulesConfiguration : IEntityTypeConfiguration<GradingRules>
{
    public void Configure(EntityTypeBuilder<GradingRules> builder)
    {
        builder.Property(r => r.Five).HasPrecision(4, 2);
        builder.Property(r => r.Four).HasPrecision(4, 2);
        builder.Property(r => r.Three).HasPrecision(4, 2);
        builder.HasOne<School>().WithMany().HasForeignKey(r => r.SchoolId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.SchoolId).IsUnique();
    }
}
