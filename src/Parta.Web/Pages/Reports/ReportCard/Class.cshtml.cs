using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parta.Reports;

namespace Parta.Web.Pages.Reports.ReportCard;

/// <summary>The report cards of a whole class as one PDF, one page a student (<see cref="GetClassReportCards"/>).</summary>
public sealed class ClassModel(GetClassReportCards getCards) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid classId, Guid? yearId, CancellationToken ct)
    {
        var result = await getCards.HandleAsync(new GetClassReportCards.Request(classId, yearId), ct);
        if (!result.Succeeded)
        {
            return this.Refused(result) ?? BadRequest();
        }

        var cards = result.Value;
        var name = cards.Count > 0 ? $"{cards[0].Heading.ClassName}-{cards[0].Heading.Year.Replace('/', '-')}" : classId.ToString();
        return File(ReportCardPdf.Render(cards), "application/pdf", $"табели-{name}.pdf");
    }
}
