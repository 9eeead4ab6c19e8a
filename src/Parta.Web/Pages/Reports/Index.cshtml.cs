using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parta.Reports;

namespace Parta.Web.Pages.Reports;

/// <summary>«Отчёты»: the reports the user may open (<see cref="ListReports"/>).</summary>
public sealed class IndexModel(ListReports listReports) : PageModel
{
    public IReadOnlyList<ReportEntry> Reports { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await listReports.HandleAsync(ct);
        if (!result.Succeeded)
        {
            return this.Refused(result) ?? Forbid();
        }

        Reports = result.Value;
        return Page();
    }
}
