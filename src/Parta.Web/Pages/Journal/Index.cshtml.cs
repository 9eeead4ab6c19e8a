using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parta.Journal;

namespace Parta.Web.Pages.Journal;

/// <summary>«Журналы»: the journals the user keeps or reads this year (<see cref="GetJournals"/>).</summary>
public sealed class IndexModel(GetJournals getJournals) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? ClassId { get; set; }

    public JournalList List { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await getJournals.HandleAsync(new GetJournals.Request(ClassId), ct);
        if (!result.Succeeded)
        {
            return this.Refused(result) ?? Forbid();
        }

        List = result.Value;
        return Page();
    }
}
