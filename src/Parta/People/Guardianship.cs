using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Access;
using Parta.Data;
using Parta.Organisation;

namespace Parta.People;

/// <summary>A guardian of a student, with the relation («мать», «отец», «опекун» …).</summary>
[Audited]
public sealed class Guardianship : Entity, ISchoolOwned, IVersioned
{
    /// <summary>The concurrency token (see <see cref="IVersioned"/>).</summary>
    public uint Version { get; set; }

    public Guid SchoolId { get; init; }
    public Guid StudentId { get; init; }
    public Guid GuardianId { get; init; }
    public required string Relation { get; set; }

    public Student? Student { get; init; }
    public Guardian? Guardian { get; init; }
}

internal sealed class GuardianshipConfiguration : IEntityTypeConfiguration<Guardianship>
{
    public void Configure(EntityTypeBuilder<Guardianship> builder)
    {
        builder.Property(g => g.Relation).HasMaxLength(50);
        builder.HasOne<School>().WithMany().HasForeignKey(g => g.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(g => g.Student).WithMany().HasForeignKey(g => g.StudentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(g => g.Guardian).WithMany().HasForeignKey(g => g.GuardianId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(g => new { g.StudentId, g.GuardianId }).IsUnique();
        builder.HasIndex(g => g.GuardianId);
    }
}
