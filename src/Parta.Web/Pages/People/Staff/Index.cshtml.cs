using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parta.Access;
using Parta.People;

namespace Parta.Web.Pages.People.Staff;

/// <summary>Сотрудники with their positions and logins.</summary>
public sealed class IndexModel(FindStaff find, PermissionResolver resolver) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<StaffListRow> Staff { get; private set; } = [];
    public bool CanEdit { get; private set; }
    public bool CanAssignRoles { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Staff = await find.HandleAsync(new FindStaff.Request(Query), ct);
        var permissions = await resolver.GetAsync(ct);
        CanEdit = permissions.Has(Permissions.PeopleEdit);
        CanAssignRoles = permissions.Has(Permissions.RightsManage);
    }
}
