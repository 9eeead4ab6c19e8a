using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Parta.Auditing;
using Parta.Data;

namespace Parta.Web.Pages.Admin.Schools;

/// <summary>The history of a school's own record, for the system administrator.</summary>
public sealed class HistoryModel(PartaDbContext db, GetAuditHistory history) : PageModel
{
    public string SchoolName { get; private set; } = "";
    public IReadOnlyList<AuditChange> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var name = await db.Schools.Where(s => s.Id == id).Select(s => s.ShortName).FirstOrDefaultAsync();
        if (name is null)
        {
            return NotFound();
        }

        SchoolName = name;
        Rows = (await history.HandleAsync(new GetAuditHistory.Request(id, nameof(Parta.Organisation.School), id))).Value;
        return Page();
    }
}
