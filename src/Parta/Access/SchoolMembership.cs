using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Access;

/// <summary>
/// A user's role in a school. A user may hold several roles in a school and work in several schools. A school blocks
/// a person's access to itself by blocking their memberships there (<see cref="SetSchoolAccess"/>): the school
/// disappears from the user's schools, and their other schools keep working.
/// </summary>
[Audited]
public sealed class SchoolMembership : Entity, ISchoolOwned
{
    public Guid SchoolId { get; init; }
    public Guid UserId { get; init; }
    public SchoolRole Role { get; init; }

    /// <summary>
    /// When the school blocked this person's access to it; <c>null</c> while access is open. Written in the account's
    /// history by <see cref="SetSchoolAccess"/> (one row per block, not one per role), so not field by field here.
    /// </summary>
    [NotAudited]
    public DateTime? BlockedAt { get; set; }

    public User? User { get; init; }
    public School? School { get; init; }

    /// <summary>
    /// Whether a login's roles (given by their <see cref="BlockedAt"/>) leave it nowhere to go: it has roles in schools and
    /// every one is blocked, so it cannot sign in. A login with no role anywhere is not shut out by this rule: no school
    /// has blocked it.
    /// </summary>
    public static bool ShutOut(IEnumerable<DateTime?> blockedAt)
    {
        var any = false;
        foreach (var blocked in blockedAt)
        {
            if (blocked is null)
            {
                return false;
            }

            any = true;
        }

        return any;
    }
}

internal sealed class SchoolMembershipConfiguration : IEntityTypeConfiguration<SchoolMembership>
{
    public void Configure(EntityTypeBuilder<SchoolMembership> builder)
    {
        builder.HasOne(m => m.School).WithMany().HasForeignKey(m => m.SchoolId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.User).WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.SchoolId, m.UserId, m.Role }).IsUnique();
        builder.HasIndex(m => m.UserId);
    }
}
