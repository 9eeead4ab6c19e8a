using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parta.Access;

namespace Parta.Web.Pages.Access;

/// <summary>
/// The school's rights: which permission each role has (the role's default, or the school's decision), edited as one
/// matrix of checkboxes. Saving keeps only the differences from the defaults; it acts from the next request. The form
/// carries the stamp of the matrix it showed, so a save over someone else's newer save is refused, not lost.
/// </summary>
public sealed class RightsModel(GetRightsMatrix getMatrix, SetRolePermissions setPermissions) : PageModel
{
    public IReadOnlyList<SchoolRole> Roles => GetRightsMatrix.Roles;

    public IReadOnlyList<Permission> RightsList => GetRightsMatrix.SchoolPermissions;

    public IReadOnlyDictionary<(SchoolRole Role, string Permission), RightsCell> Cells { get; private set; } =
        new Dictionary<(SchoolRole, string), RightsCell>();

    /// <summary>Every checked cell as «Role:permission».</summary>
    [BindProperty]
    public List<string> Granted { get; set; } = [];

    /// <summary>The stamp of the matrix the form showed.</summary>
    [BindProperty]
    public string? Stamp { get; set; }

    public static string Key(SchoolRole role, string permission) => $"{role}:{permission}";

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var granted = new List<(SchoolRole, string)>();
        foreach (var key in Granted)
        {
            var parts = key.Split(':', 2);
            if (parts.Length == 2 && EnumCode.TryParse<SchoolRole>(parts[0], out var role) && Permissions.IsKnown(parts[1]))
            {
                granted.Add((role, parts[1]));
            }
        }

        var result = await setPermissions.HandleAsync(new SetRolePermissions.Request(granted, Stamp), ct);
        if (result.Succeeded)
        {
            this.Tell(result.Value == 0 ? "Изменений нет." : "Права сохранены и уже действуют.");
            return Redirect("/Access/Rights");
        }

        if (this.Refused(result) is { } status)
        {
            return status;
        }

        // The matrix in force now, with its stamp: a refused form shows what is saved, not what was posted.
        ModelState.Remove(nameof(Stamp));
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var matrix = await getMatrix.HandleAsync(new GetRightsMatrix.Request(), ct);
        Cells = matrix.Cells;
        Stamp = matrix.Stamp;
    }
}
