using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parta.Printing;
using Parta.Reports;

namespace Parta.Web.Pages.Reports;

/// <summary>
/// «Отчёт классного руководителя за период» (<see cref="GetClassPeriodReport"/>): the measures and the students' period
/// marks on screen, printed, as PDF (with the class teacher's signature line) and as XLSX — the same tables each time.
/// Without a class or period it opens on the class the user leads and the period just finished.
/// </summary>
public sealed class ClassPeriodModel(GetClassPeriodReport getReport) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? ClassId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? PeriodId { get; set; }

    public ClassPeriodReport Report { get; private set; } = null!;

    public IReadOnlyList<ReportTable> Tables { get; private set; } = [];

    public ReportFilter Filter => new("/Reports/ClassPeriod", Report.Scope, [("Pdf", "Скачать PDF"), ("Xlsx", "Скачать XLSX")]);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(fallBack: true, ct) ?? Page();

    public async Task<IActionResult> OnGetPdfAsync(CancellationToken ct) =>
        await LoadAsync(fallBack: false, ct) ?? File(TablePdf.Render(Report.Scope.School, Report.Scope.Today, Tables), TablePdf.ContentType, FileName("pdf"));

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct) =>
        await LoadAsync(fallBack: false, ct) ?? File(TableXlsx.Render(Tables), TableXlsx.ContentType, FileName("xlsx"));

    private string FileName(string extension) => $"отчёт-кл-рук-{Report.Scope.Class.Name}-{Report.Scope.Period.Name}.{extension}".Replace(' ', '-');

    /// <param name="fallBack">On screen, a period that is not the class's is said above the report of the default period.</param>
    private async Task<IActionResult?> LoadAsync(bool fallBack, CancellationToken ct)
    {
        var result = await getReport.HandleAsync(new GetClassPeriodReport.Request(ClassId, PeriodId), ct);
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

            result = await getReport.HandleAsync(new GetClassPeriodReport.Request(ClassId, null), ct);
            if (!result.Succeeded)
            {
                return this.Refused(result) ?? NotFound();
            }
        }

        Report = result.Value;
        Tables = ClassPeriodReportTables.All(Report);
        return null;
    }
}
