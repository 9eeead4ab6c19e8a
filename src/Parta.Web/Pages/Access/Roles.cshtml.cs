using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.People;
using Parta.Web.Pages.People;

namespace Parta.Web.Pages.Access;

/// <summary>Роли сотрудников: which school roles each staff member's account holds.</summary>
public sealed class RolesModel(PartaDbContext db, FindStaffHandler findStaff, SetStaffRolesHandler setRoles) : PageModel
{
    public sealed record StaffRoles(StaffListRow Staff, IReadOnlySet<SchoolRole> Roles);

    public IReadOnlyList<StaffRoles> Staff { get; private set; } = [];

    public IReadOnlyList<SchoolRole> Roles => SetStaffRolesHandler.StaffRoles;

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(Guid staffMemberId, List<SchoolRole> roles, CancellationToken ct)
    {
        var outcome = await setRoles.HandleAsync(new SetStaffRoles(staffMemberId, roles), ct);
        if (outcome.Error is { } error)
        {
            if (error is NotFound)
            {
                return NotFound();
            }

            ModelState.Add(error);
            await LoadAsync(ct);
            return Page();
        }

        TempData["Message"] = "Роли сохранены.";
        return Redirect("/Access/Roles");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var staff = await findStaff.HandleAsync(new FindStaff(null), ct);
        var memberships = await db.SchoolMemberships.AsNoTracking().Select(m => new { m.UserId, m.Role }).ToListAsync(ct);
        Staff = staff
            .Select(s => new StaffRoles(s, memberships.Where(m => m.UserId == s.UserId).Select(m => m.Role).ToHashSet()))
            .ToList();
    }
}
