using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parta.Reports;

namespace Parta.Web.Pages.Reports.ReportCard;

/// <summary>«Табель успеваемости» of one student for a year: on screen and as PDF (<see cref="GetReportCard"/>).</summary>
public sealed class IndexModel(GetReportCard getCard) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid StudentId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? YearId { get; set; }

    public Parta.Reports.ReportCard Card { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnGetPdfAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused)
        {
            return refused;
        }

        return File(ReportCardPdf.Render([Card]), "application/pdf",
            $"табель-{Card.Student.LastName}-{Card.Heading.ClassName}-{Card.Heading.Year.Replace('/', '-')}.pdf");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var result = await getCard.HandleAsync(new GetReportCard.Request(StudentId, YearId), ct);
        if (!result.Succeeded)
        {
            return this.Refused(result) ?? BadRequest();
        }

        Card = result.Value;
        return null;
    }
}
