using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Data;

namespace Parta.Access;

/// <summary>
/// A school's decision that differs from a role's default: the role is granted, or denied, one permission
/// in this school. No row means the default of <see cref="DefaultPermissions"/>.
/// </summary>
[Audited]
public sealed class RolePermissionOverride : Entity, ISchoolOwned, IVersioned
{
    /// <summary>The concurrency token (see <see cref="IVersioned"/>).</summary>
    public uint Version { get; set; }

    public Guid SchoolId { get; init; }
    public SchoolRole Role { get; init; }
    public required string Permission { get; init; }
    public bool Granted { get; set; }
}

internal sealed class RolePermissionOverrideConfiguration : IEntityTypeConfiguration<RolePermissionOverride>
{
    public void Configure(EntityTypeBuilder<RolePermissionOverride> builder)
    {
        builder.Property(o => o.Permission).HasMaxLength(64);
        builder.HasOne<Organisation.School>().WithMany().HasForeignKey(o => o.SchoolId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(o => new { o.SchoolId, o.Role, o.Permission }).IsUnique();
    }
}
