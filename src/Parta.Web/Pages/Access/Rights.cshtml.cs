using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;

namespace Parta.Web.Pages.Access;

/// <summary>The school's rights: which permission each role has (the role's default, or the school's decision).</summary>
public sealed class RightsModel(PartaDbContext db) : PageModel
{
    public sealed record Cell(bool Granted, bool IsDefault);

    public IReadOnlyList<SchoolRole> Roles { get; } = SchoolRoles.All;

    public IReadOnlyDictionary<(SchoolRole, string), Cell> Cells { get; private set; } = new Dictionary<(SchoolRole, string), Cell>();

    public async Task OnGetAsync()
    {
        var overrides = await db.RolePermissionOverrides.AsNoTracking()
            .Select(o => new { o.Role, o.Permission, o.Granted })
            .ToListAsync();
        var cells = new Dictionary<(SchoolRole, string), Cell>();
        foreach (var role in Roles)
        {
            var defaults = DefaultPermissions.For(role);
            foreach (var permission in Permissions.All)
            {
                var o = overrides.FirstOrDefault(x => x.Role == role && x.Permission == permission.Code);
                cells[(role, permission.Code)] = o is null
                    ? new Cell(defaults.Contains(permission.Code), true)
                    : new Cell(o.Granted, false);
            }
        }

        Cells = cells;
    }
}
