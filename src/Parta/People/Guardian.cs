using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Access;
using Parta.Data;
using Parta.Organisation;

namespace Parta.People;

/// <summary>A parent or legal representative (законный представитель) known to a school, with their account if any.</summary>
[Audited]
public sealed class Guardian : Entity, ISchoolOwned, IVersioned
{
    /// <summary>The concurrency token (see <see cref="IVersioned"/>).</summary>
    public uint Version { get; set; }

    public Guid SchoolId { get; init; }
    [PersonalData] public required string LastName { get; set; }
    [PersonalData] public required string FirstName { get; set; }
    [PersonalData] public string? MiddleName { get; set; }
    [PersonalData] public string? Phone { get; set; }
    [PersonalData] public string? Email { get; set; }

    /// <summary>The account; the same account links a parent's guardian cards in several schools.</summary>
    public Guid? UserId { get; set; }

    public string FullName => PersonName.Full(LastName, FirstName, MiddleName);
}

internal sealed class GuardianConfiguration : IEntityTypeConfiguration<Guardian>
{
    public void Configure(EntityTypeBuilder<Guardian> builder)
    {
        builder.Property(g => g.LastName).HasMaxLength(100);
        builder.Property(g => g.FirstName).HasMaxLength(100);
        builder.Property(g => g.MiddleName).HasMaxLength(100);
        builder.Property(g => g.Phone).HasMaxLength(40);
        builder.Property(g => g.Email).HasMaxLength(200);
        builder.Ignore(g => g.FullName);
        builder.HasOne<School>().WithMany().HasForeignKey(g => g.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<User>().WithMany().HasForeignKey(g => g.UserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(g => new { g.SchoolId, g.LastName, g.FirstName });
        builder.HasIndex(g => g.UserId);
    }
}
