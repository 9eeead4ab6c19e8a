using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Web.Security;

namespace Parta.Web.Pages.Admin.Schools;

/// <summary>The system administrator's list of the deployment's schools.</summary>
public sealed class IndexModel(PartaDbContext db, UserManager<User> users, SignedInUser me, SessionIssuer sessions) : PageModel
{
    public sealed record SchoolRow(Guid Id, string Name, string ShortName, string? Municipality, string TimeZone, int Members, bool IsDemo);

    public IReadOnlyList<SchoolRow> Schools { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var rows = await db.Schools.AsNoTracking()
            .Select(s => new SchoolRow(s.Id, s.Name, s.ShortName, s.Municipality!.Name, s.TimeZone,
                db.SchoolMemberships.IgnoreQueryFilters().Where(m => m.SchoolId == s.Id).Select(m => m.UserId).Distinct().Count(),
                s.IsDemo))
            .ToListAsync();
        Schools = rows
            .OrderBy(s => s.Municipality ?? "", RussianCulture.Collation)
            .ThenBy(s => s.ShortName, RussianCulture.Collation)
            .ToList();
    }

    /// <summary>Enters a school to administer it (rights, history) as the system administrator.</summary>
    public async Task<IActionResult> OnPostEnterAsync(Guid id)
    {
        if (!await db.Schools.AnyAsync(s => s.Id == id))
        {
            return NotFound();
        }

        var user = await users.FindByIdAsync(me.Id.ToString());
        if (user is null)
        {
            return NotFound();
        }

        await sessions.SignInAsync(HttpContext, user, id);
        return Redirect("/");
    }
}
