using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Access;

/// <summary>
/// The school's whole roles × permissions matrix as the coordinator wants it: every granted pair. Writes only the
/// differences from the defaults (<see cref="RolePermissionOverride"/>): a value equal to the role's default removes the
/// school's override. Only the permissions of the matrix (<see cref="GetRightsMatrix.SchoolPermissions"/>) are decided;
/// the others are left as they are. Permissions are read per request, so the change acts at once.
/// </summary>
public sealed class SetRolePermissions(PartaDbContext db, CurrentUser currentUser)
{
    /// <param name="Stamp">The <see cref="RightsMatrix.Stamp"/> of the matrix the form showed (null: no check).</param>
    public sealed record Request(IReadOnlyCollection<(SchoolRole Role, string Permission)> Granted, string? Stamp = null);

    public sealed record CoordinatorMustKeepRightsManagement()
        : Invalid("Роль «Координатор» должна сохранить право «Управление правами доступа»: иначе права школы никто не сможет изменить.");

    /// <summary>Someone saved the school's rights after this form was opened.</summary>
    public sealed record StaleMatrix()
        : Conflict($"{StaleRecord.Title}: права школы сохранили после того, как вы открыли эту страницу. Ниже показаны права, действующие сейчас; внесите свои изменения ещё раз.");

    /// <returns>The number of cells changed.</returns>
    public async Task<Result<int>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var granted = request.Granted.ToHashSet();
        if (!granted.Contains((SchoolRole.Coordinator, Permissions.RightsManage)))
        {
            return new CoordinatorMustKeepRightsManagement();
        }

        var existing = await db.RolePermissionOverrides.ToListAsync(ct);
        if (FormStamp.IsStale(request.Stamp, GetRightsMatrix.StampOf(existing.Select(o => (o.Role, o.Permission, o.Granted)))))
        {
            return new StaleMatrix();
        }

        var changes = 0;
        foreach (var role in GetRightsMatrix.Roles)
        {
            var defaults = DefaultPermissions.For(role);
            foreach (var permission in GetRightsMatrix.SchoolPermissions)
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

        try
        {
            // A row changed, removed or added by someone else meanwhile: their matrix is the one in force.
            return await db.TrySaveAsync(ct) is null ? changes : new StaleMatrix();
        }
        catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e))
        {
            return new StaleMatrix();
        }
    }
}
