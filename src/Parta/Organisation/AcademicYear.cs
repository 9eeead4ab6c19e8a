using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Data;

namespace Parta.Organisation;

/// <summary>Учебный год, e.g. «2026/2027», 1 September – 31 August.</summary>
[Audited]
public sealed class AcademicYear : Entity, ISchoolOwned, IVersioned
{
    /// <summary>The concurrency token (see <see cref="IVersioned"/>).</summary>
    public uint Version { get; set; }

    public Guid SchoolId { get; init; }
    public required string Name { get; set; }
    public DateOnly Start { get; set; }
    public DateOnly End { get; set; }

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>«2026/2027» for the year that starts in September of <paramref name="startYear"/>.</summary>
    public static string NameFor(int startYear) => $"{startYear}/{startYear + 1}";
}

internal sealed class AcademicYearConfiguration : IEntityTypeConfiguration<AcademicYear>
{
    public void Configure(EntityTypeBuilder<AcademicYear> builder)
    {
        builder.Property(y => y.Name).HasMaxLength(20);
        builder.HasOne<School>().WithMany().HasForeignKey(y => y.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(y => new { y.SchoolId, y.Name }).IsUnique();
    }
}
