using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parta.Printing;
using Parta.Reports;

namespace Parta.Web.Pages.Reports;

/// <summary>
/// «Сводная ведомость» (<see cref="GetClassSummary"/>): a class's period marks (or every period's and the year's),
/// subjects as columns, with each column's measures at the bottom; on screen, printed landscape, as XLSX and PDF.
/// </summary>
public sealed class SummaryModel(GetClassSummary getSummary) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? ClassId { get; set; }

    /// <summary>A period's id or «year».</summary>
    [BindProperty(SupportsGet = true)]
    public string? PeriodId { get; set; }

    public ClassSummary Summary { get; private set; } = null!;

    public ReportTable Table { get; private set; } = null!;

    public ReportFilter Filter => new("/Reports/Summary", Summary.Scope, [("Pdf", "Скачать PDF"), ("Xlsx", "Скачать XLSX")])
    {
        OffersYear = true,
        YearChosen = Summary.Year,
    };

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(fallBack: true, ct) ?? Page();

    public async Task<IActionResult> OnGetPdfAsync(CancellationToken ct) =>
        await LoadAsync(fallBack: false, ct) ?? File(TablePdf.Render(Summary.Scope.School, Summary.Scope.Today, Table), TablePdf.ContentType, FileName("pdf"));

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct) =>
        await LoadAsync(fallBack: false, ct) ?? File(TableXlsx.Render(Table), TableXlsx.ContentType, FileName("xlsx"));

    private string FileName(string extension) =>
        $"сводная-ведомость-{Summary.Scope.Class.Name}-{(Summary.Year ? "год" : Summary.Scope.Period.Name)}.{extension}".Replace(' ', '-');

    /// <param name="fallBack">On screen, a period that is not the class's is said above the sheet of the default period.</param>
    private async Task<IActionResult?> LoadAsync(bool fallBack, CancellationToken ct)
    {
        var result = await getSummary.HandleAsync(new GetClassSummary.Request(ClassId, PeriodId), ct);
        if (!result.Succeeded && this.Refused(result) is { } refused)
        {
            return refused;
        }

        if (!result.Succeeded)
        {
            if (!fallBack)
            {
                return NotFound();
            }

            result = await getSummary.HandleAsync(new GetClassSummary.Request(ClassId, null), ct);
            if (!result.Succeeded)
            {
                return this.Refused(result) ?? NotFound();
            }
        }

        Summary = result.Value;
        Table = ClassSummaryTables.Table(Summary);
        return null;
    }
}
