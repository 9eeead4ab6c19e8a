using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Access;

/// <summary>One cell of the rights matrix: whether the role has the permission, and whether that is the default.</summary>
public sealed record RightsCell(bool Granted, bool IsDefault, bool Default);

/// <summary>The school's roles × permissions as shown, with the <see cref="FormStamp"/> of what is stored now.</summary>
public sealed record RightsMatrix(IReadOnlyDictionary<(SchoolRole Role, string Permission), RightsCell> Cells, string Stamp);

/// <summary>The school's rights: each role's default permissions with the school's decisions (overrides) applied.</summary>
public sealed class GetRightsMatrix(PartaDbContext db)
{
    public sealed record Request;

    /// <summary>The roles a school decides about.</summary>
    public static IReadOnlyList<SchoolRole> Roles => SchoolRoles.All;

    /// <summary>
    /// Every permission a school decides about: those of the modules built so far (<see cref="Permissions.InUse"/>); a
    /// deployment-wide permission is never granted by a school. The others keep their defaults and any stored decision.
    /// </summary>
    public static readonly IReadOnlyList<Permission> SchoolPermissions =
        Permissions.All.Where(p => p.Code != Permissions.SchoolsManage && Permissions.InUse.Contains(p.Code)).ToList();

    public async Task<RightsMatrix> HandleAsync(Request request, CancellationToken ct = default)
    {
        var overrides = await db.RolePermissionOverrides.AsNoTracking()
            .Select(o => new { o.Role, o.Permission, o.Granted })
            .ToListAsync(ct);
        var cells = new Dictionary<(SchoolRole, string), RightsCell>();
        foreach (var role in Roles)
        {
            var defaults = DefaultPermissions.For(role);
            foreach (var permission in SchoolPermissions)
            {
                var byDefault = defaults.Contains(permission.Code);
                var o = overrides.FirstOrDefault(x => x.Role == role && x.Permission == permission.Code);
                cells[(role, permission.Code)] = o is null || o.Granted == byDefault
                    ? new RightsCell(byDefault, true, byDefault)
                    : new RightsCell(o.Granted, false, byDefault);
            }
        }

        return new RightsMatrix(cells, StampOf(overrides.Select(o => (o.Role, o.Permission, o.Granted))));
    }

    /// <summary>The stamp of the school's decisions (what differs from the defaults is all the matrix stores).</summary>
    internal static string StampOf(IEnumerable<(SchoolRole Role, string Permission, bool Granted)> overrides) =>
        FormStamp.Of(overrides.Select(o => $"{o.Role}:{o.Permission}:{o.Granted}"));
}
