using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parta.Reports;

namespace Parta.Web.Pages.Reports;

/// <summary>The information letters to parents for a period as one PDF: a class (one page a student) or one student (<see cref="GetParentLetters"/>).</summary>
public sealed class LetterModel(GetParentLetters getLetters) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid classId, Guid periodId, Guid? studentId, CancellationToken ct)
    {
        var result = await getLetters.HandleAsync(new GetParentLetters.Request(classId, periodId, studentId), ct);
        if (!result.Succeeded)
        {
            return this.Refused(result) ?? BadRequest();
        }

        var letters = result.Value;
        var name = letters.Count == 1 ? letters[0].Student.LastName : letters.Count > 0 ? letters[0].Heading.ClassName : "класс";
        return File(ParentLetterPdf.Render(letters), "application/pdf", $"письмо-родителям-{name}.pdf");
    }
}
