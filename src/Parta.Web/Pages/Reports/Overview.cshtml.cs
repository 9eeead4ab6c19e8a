using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parta.Printing;
using Parta.Reports;

namespace Parta.Web.Pages.Reports;

/// <summary>«Обзор школы» for the director (<see cref="GetSchoolOverview"/>): rates by class, subject and teacher, a chart, XLSX.</summary>
public sealed class OverviewModel(GetSchoolOverview getOverview) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? PeriodId { get; set; }

    public SchoolOverview Report { get; private set; } = null!;

    /// <summary>The chart of the classes' rates, as inline SVG.</summary>
    public string Chart { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await getOverview.HandleAsync(new GetSchoolOverview.Request(PeriodId), ct);
        if (!result.Succeeded)
        {
            return this.Refused(result) ?? NotFound();
        }

        Report = result.Value;
        if (Report.Period is { } period && Report.Classes.Count > 0)
        {
            Chart = BarChartSvg.Render("classes", $"Успеваемость и качество по классам, {period.Name}", "Успеваемость", "Качество",
                Report.Classes.Select(c => new ChartBar(c.Name, c.SuccessRate, c.QualityRate)).ToList());
        }

        return Page();
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        var result = await getOverview.HandleAsync(new GetSchoolOverview.Request(PeriodId), ct);
        if (!result.Succeeded)
        {
            return this.Refused(result) ?? NotFound();
        }

        return File(TableXlsx.Render(result.Value.Tables()), TableXlsx.ContentType, $"Обзор школы {result.Value.Period?.Name}.xlsx");
    }
}
