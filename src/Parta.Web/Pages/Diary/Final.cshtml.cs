using Microsoft.AspNetCore.Mvc;
using Parta.Diary;
using Parta.Grading;

namespace Parta.Web.Pages.Diary;

/// <summary>Итоговые отметки: period, year, exam and final marks of the year (<see cref="GetStudentFinalMarks"/>).</summary>
public sealed class FinalModel(DiaryChildren children, GetStudentFinalMarks getFinal, DiaryAccess access) : DiaryPageModel(children)
{
    [BindProperty(SupportsGet = true)]
    public Guid? YearId { get; set; }

    public StudentFinalMarks? Final { get; private set; }

    public DiaryStudent? Student { get; private set; }

    public override string PagePath => "/Diary/Final";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await ChooseStudentAsync(ct))
        {
            return Page();
        }

        var result = await getFinal.HandleAsync(new GetStudentFinalMarks.Request(StudentId!.Value, YearId), ct);
        if (!result.Succeeded)
        {
            return this.Refused(result) ?? NotFound();
        }

        Final = result.Value;
        Student = (await access.OpenAsync(StudentId.Value, ct)).Value;
        return Page();
    }
}
