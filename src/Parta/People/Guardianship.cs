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

    /// <summary>
    /// The school has restricted this guardian's rights to the child (a court order recorded on the card, …): the guardian
    /// sees nothing of the child — no diary, marks, reports — and gets no mail about them (<see cref="Access.ResourceRules.OfFamily"/>).
    /// </summary>
    public bool Restricted { get; set; }

    /// <summary>What the restriction rests on, as the card shows it («решение суда от 12.10.2026 № 2-345/2026»).</summary>
    public string? RestrictionNote { get; set; }

    public Student? Student { get; init; }
    public Guardian? Guardian { get; init; }
}

internal sealed class GuardianshipConfiguration : IEntityTypeConfiguration<Guardianship>
{
    public void Configure(EntityTypeBuilder<Guardianship> builder)
    {
        builder.Property(g => g.Relation).HasMaxLength(50);
        builder.Property(g => g.RestrictionNote).HasMaxLength(GuardianCard.RestrictionNoteMax);
        builder.HasOne<School>().WithMany().HasForeignKey(g => g.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(g => g.Student).WithMany().HasForeignKey(g => g.StudentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(g => g.Guardian).WithMany().HasForeignKey(g => g.GuardianId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(g => new { g.StudentId, g.GuardianId }).IsUnique();
        builder.HasIndex(g => g.GuardianId);
    }
}
