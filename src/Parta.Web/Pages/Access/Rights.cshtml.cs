using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Web.Pages.People;

namespace Parta.Web.Pages.Access;

/// <summary>
/// The school's rights: which permission each role has (the role's default, or the school's decision), edited as one
/// matrix of checkboxes. Saving keeps only the differences from the defaults; it acts from the next request.
/// </summary>
public sealed class RightsModel(PartaDbContext db, SetRolePermissionsHandler setPermissions) : PageModel
{
    public sealed record Cell(bool Granted, bool IsDefault, bool Default);

    public IReadOnlyList<SchoolRole> Roles { get; } = SetRolePermissionsHandler.Roles;

    public IReadOnlyList<Permission> RightsList { get; } = SetRolePermissionsHandler.SchoolPermissions;

    public IReadOnlyDictionary<(SchoolRole, string), Cell> Cells { get; private set; } = new Dictionary<(SchoolRole, string), Cell>();

    /// <summary>Every checked cell as «Role:permission».</summary>
    [BindProperty]
    public List<string> Granted { get; set; } = [];

    public static string Key(SchoolRole role, string permission) => $"{role}:{permission}";

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var granted = new List<(SchoolRole, string)>();
        foreach (var key in Granted)
        {
            var parts = key.Split(':', 2);
            if (parts.Length == 2 && Enum.TryParse<SchoolRole>(parts[0], out var role) && Permissions.IsKnown(parts[1]))
            {
                granted.Add((role, parts[1]));
            }
        }

        var outcome = await setPermissions.HandleAsync(new SetRolePermissions(granted), ct);
        if (outcome.Error is { } error)
        {
            ModelState.Add(error);
            await LoadAsync();
            return Page();
        }

        TempData["Message"] = outcome.Value == 0 ? "Изменений нет." : "Права сохранены и уже действуют.";
        return Redirect("/Access/Rights");
    }

    private async Task LoadAsync()
    {
        var overrides = await db.RolePermissionOverrides.AsNoTracking()
            .Select(o => new { o.Role, o.Permission, o.Granted })
            .ToListAsync();
        var cells = new Dictionary<(SchoolRole, string), Cell>();
        foreach (var role in Roles)
        {
            var defaults = DefaultPermissions.For(role);
            foreach (var permission in RightsList)
            {
                var byDefault = defaults.Contains(permission.Code);
                var o = overrides.FirstOrDefault(x => x.Role == role && x.Permission == permission.Code);
                cells[(role, permission.Code)] = o is null || o.Granted == byDefault
                    ? new Cell(byDefault, true, byDefault)
                    : new Cell(o.Granted, false, byDefault);
            }
        }

        Cells = cells;
    }
}
