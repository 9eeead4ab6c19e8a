using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parta.Printing;
using Parta.Reports;

namespace Parta.Web.Pages.Reports;

/// <summary>«Контроль заполнения журналов» for a period (<see cref="GetJournalFilling"/>), on screen and as XLSX.</summary>
public sealed class FillingModel(GetJournalFilling getFilling) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? PeriodId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? ClassId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? TeacherId { get; set; }

    public JournalFilling Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await getFilling.HandleAsync(new GetJournalFilling.Request(PeriodId, ClassId, TeacherId), ct);
        if (!result.Succeeded)
        {
            return this.Refused(result) ?? NotFound();
        }

        Report = result.Value;
        return Page();
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        var result = await getFilling.HandleAsync(new GetJournalFilling.Request(PeriodId, ClassId, TeacherId), ct);
        if (!result.Succeeded)
        {
            return this.Refused(result) ?? NotFound();
        }

        var tables = JournalFillingTables.For(result.Value);
        var period = result.Value.Period?.Name ?? "";
        return File(TableXlsx.Render(tables), TableXlsx.ContentType, $"Контроль заполнения {period}.xlsx");
    }
}
