using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parta.Reports;

namespace Parta.Web.Pages.Reports;

/// <summary>«Архив журнала»: a class's journals of a year as one PDF (<see cref="GetJournalArchive"/>, <see cref="JournalArchivePdf"/>).</summary>
public sealed class ArchiveModel(GetJournalArchiveChoices choices, GetJournalArchive archive) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? YearId { get; set; }

    public JournalArchiveChoices Choices { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await choices.HandleAsync(new GetJournalArchiveChoices.Request(YearId), ct);
        if (!result.Succeeded)
        {
            return this.Refused(result) ?? Forbid();
        }

        Choices = result.Value;
        return Page();
    }

    public async Task<IActionResult> OnGetPdfAsync(Guid classId, CancellationToken ct)
    {
        var result = await archive.HandleAsync(new GetJournalArchive.Request(classId), ct);
        if (!result.Succeeded)
        {
            return this.Refused(result) ?? BadRequest();
        }

        var heading = result.Value.Heading;
        return File(JournalArchivePdf.Render(result.Value), "application/pdf",
            $"архив-журнала-{heading.ClassName}-{heading.Year.Replace('/', '-')}.pdf");
    }
}
