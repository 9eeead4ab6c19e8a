using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.People;

namespace Parta.Web.Pages.Access;

/// <summary>
/// Роли сотрудников: which school roles each staff member's account holds. Each row's form carries the stamp of the
/// roles it showed, so a save over someone else's newer change of the same person's roles is refused, not lost.
/// </summary>
public sealed class RolesModel(PartaDbContext db, FindStaff findStaff, SetStaffRoles setRoles) : PageModel
{
    public sealed record StaffRoles(StaffListRow Staff, IReadOnlySet<SchoolRole> Roles, string Stamp);

    public IReadOnlyList<StaffRoles> Staff { get; private set; } = [];

    public IReadOnlyList<SchoolRole> Roles => SetStaffRoles.StaffRoles;

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(Guid staffMemberId, List<SchoolRole> roles, string? stamp, CancellationToken ct)
    {
        var result = await setRoles.HandleAsync(new SetStaffRoles.Request(staffMemberId, roles, stamp), ct);
        if (result.Succeeded)
        {
            this.Tell("Роли сохранены.");
            return Redirect("/Access/Roles");
        }

        if (this.Refused(result) is { } status)
        {
            return status;
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var staff = await findStaff.HandleAsync(new FindStaff.Request(), ct);
        var memberships = await db.SchoolMemberships.AsNoTracking().Select(m => new { m.UserId, m.Role }).ToListAsync(ct);
        var rolesOf = memberships.ToLookup(m => m.UserId, m => m.Role);
        Staff = staff
            .Select(s =>
            {
                var roles = s.UserId is { } userId ? rolesOf[userId].ToList() : [];
                return new StaffRoles(s, roles.ToHashSet(), SetStaffRoles.StampOf(roles));
            })
            .ToList();
    }
}
