using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.People;

namespace Parta.Access;

/// <summary>The school's whole roles × permissions matrix as the coordinator wants it: every granted pair.</summary>
public sealed record SetRolePermissions(IReadOnlyCollection<(SchoolRole Role, string Permission)> Granted);

public sealed record CoordinatorMustKeepRightsManagement()
    : PeopleError("Роль «Координатор» должна сохранить право «Управление правами доступа»: иначе права школы никто не сможет изменить.");

/// <summary>
/// Writes only the differences from the defaults (<see cref="RolePermissionOverride"/>): a value equal to the role's
/// default removes the school's override. Permissions are read per request, so the change acts at once.
/// </summary>
public sealed class SetRolePermissionsHandler(PartaDbContext db, CurrentUser currentUser)
{
    /// <summary>The roles a school decides about; a deployment-wide permission is never granted by a school.</summary>
    public static readonly IReadOnlyList<SchoolRole> Roles = SchoolRoles.All;

    public static readonly IReadOnlyList<Permission> SchoolPermissions =
        Permissions.All.Where(p => p.Code != Permissions.SchoolsManage).ToList();

    public async Task<Outcome<int>> HandleAsync(SetRolePermissions request, CancellationToken ct = default)
    {
        var granted = request.Granted.ToHashSet();
        if (!granted.Contains((SchoolRole.Coordinator, Permissions.RightsManage)))
        {
            return new CoordinatorMustKeepRightsManagement();
        }

        var existing = await db.RolePermissionOverrides.ToListAsync(ct);
        var changes = 0;
        foreach (var role in Roles)
        {
            var defaults = DefaultPermissions.For(role);
            foreach (var permission in SchoolPermissions)
            {
                var wanted = granted.Contains((role, permission.Code));
                var row = existing.FirstOrDefault(o => o.Role == role && o.Permission == permission.Code);
                if (wanted == defaults.Contains(permission.Code))
                {
                    if (row is not null)
                    {
                        db.RolePermissionOverrides.Remove(row);
                        changes++;
                    }
                }
                else if (row is null)
                {
                    db.RolePermissionOverrides.Add(new RolePermissionOverride
                    {
                        SchoolId = currentUser.SchoolId!.Value, Role = role, Permission = permission.Code, Granted = wanted,
                    });
                    changes++;
                }
                else if (row.Granted != wanted)
                {
                    row.Granted = wanted;
                    changes++;
                }
            }
        }

        await db.SaveChangesAsync(ct);
        return changes;
    }
}
