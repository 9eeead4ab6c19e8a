using Microsoft.AspNetCore.Mvc;
using Parta.Diary;

namespace Parta.Web.Pages.Diary;

/// <summary>Отметки по предметам за период, with the school's rule of the period mark (<see cref="GetStudentMarks"/>).</summary>
public sealed class MarksModel(DiaryChildren children, GetStudentMarks getMarks) : DiaryPageModel(children)
{
    [BindProperty(SupportsGet = true)]
    public Guid? PeriodId { get; set; }

    public StudentMarks? Marks { get; private set; }

    public override string PagePath => "/Diary/Marks";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await ChooseStudentAsync(ct))
        {
            return Page();
        }

        var result = await getMarks.HandleAsync(new GetStudentMarks.Request(StudentId!.Value, PeriodId), ct);
        if (!result.Succeeded)
        {
            return this.Refused(result) ?? Page();
        }

        Marks = result.Value;
        return Page();
    }
}
