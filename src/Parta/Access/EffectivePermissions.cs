using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Access;

/// <summary>What a user may do in a school: the union of their roles' permissions after the school's overrides.</summary>
public sealed record EffectivePermissions(IReadOnlySet<SchoolRole> Roles, IReadOnlySet<string> Codes, bool IsSystemAdministrator)
{
    public static readonly EffectivePermissions None = new(new HashSet<SchoolRole>(), new HashSet<string>(), false);

    public bool Has(string permission) => Codes.Contains(permission);

    public bool HasRole(SchoolRole role) => Roles.Contains(role);

    /// <summary>The rule itself, without a database: defaults of each role, then the school's overrides of that role.</summary>
    public static IReadOnlySet<string> Combine(
        IEnumerable<SchoolRole> roles, IReadOnlyCollection<(SchoolRole Role, string Permission, bool Granted)> overrides)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var role in roles.Distinct())
        {
            var codes = new HashSet<string>(DefaultPermissions.For(role), StringComparer.Ordinal);
            foreach (var o in overrides.Where(o => o.Role == role))
            {
                if (o.Granted)
                {
                    codes.Add(o.Permission);
                }
                else
                {
                    codes.Remove(o.Permission);
                }
            }

            result.UnionWith(codes);
        }

        return result;
    }
}

/// <summary>Loads <see cref="EffectivePermissions"/> once per scope (request) from the database.</summary>
public sealed class PermissionResolver(PartaDbContext db, CurrentUser currentUser)
{
    private EffectivePermissions? _cached;

    public async Task<EffectivePermissions> GetAsync(CancellationToken ct = default)
    {
        if (_cached is not null)
        {
            return _cached;
        }

        if (currentUser.IsSystemWork)
        {
            // A command or seeding acts for the deployment's operator: every permission, in the school it works in.
            return _cached = new EffectivePermissions(new HashSet<SchoolRole>(), Permissions.All.Select(p => p.Code).ToHashSet(StringComparer.Ordinal), true);
        }

        if (currentUser.UserId is not { } userId)
        {
            return _cached = EffectivePermissions.None;
        }

        var isAdmin = currentUser.IsSystemAdministrator;
        if (currentUser.SchoolId is not { } schoolId)
        {
            return _cached = new EffectivePermissions(
                new HashSet<SchoolRole>(),
                isAdmin ? new HashSet<string>([Permissions.SchoolsManage], StringComparer.Ordinal) : new HashSet<string>(),
                isAdmin);
        }

        var roles = currentUser.SchoolRoles?.ToList() ?? await db.SchoolMemberships.AsNoTracking()
            .Where(m => m.UserId == userId && m.SchoolId == schoolId && m.BlockedAt == null)
            .Select(m => m.Role)
            .ToListAsync(ct);
        var overrides = await db.RolePermissionOverrides.AsNoTracking()
            .Where(o => o.SchoolId == schoolId)
            .Select(o => new { o.Role, o.Permission, o.Granted })
            .ToListAsync(ct);

        var codes = new HashSet<string>(
            EffectivePermissions.Combine(roles, overrides.Select(o => (o.Role, o.Permission, o.Granted)).ToList()),
            StringComparer.Ordinal);
        if (isAdmin)
        {
            // A system administrator administers every school of the deployment.
            codes.UnionWith([Permissions.SchoolsManage, Permissions.SchoolView, Permissions.SchoolEdit,
                Permissions.RightsManage, Permissions.UsersManage, Permissions.AuditView]);
        }

        return _cached = new EffectivePermissions(roles.ToHashSet(), codes, isAdmin);
    }
}
