using Microsoft.AspNetCore.Mvc;
using Parta.Diary;

namespace Parta.Web.Pages.Diary;

/// <summary>Дневник: a student's week (<see cref="GetDiaryWeek"/>), and the homework files of its lessons.</summary>
public sealed class IndexModel(DiaryChildren children, GetDiaryWeek getWeek, GetDiaryHomeworkFile getFile) : DiaryPageModel(children)
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? Date { get; set; }

    public StudentDiaryWeek? Week { get; private set; }

    public override string PagePath => "/Diary";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await ChooseStudentAsync(ct))
        {
            return Page();
        }

        var result = await getWeek.HandleAsync(new GetDiaryWeek.Request(StudentId!.Value, Date), ct);
        if (!result.Succeeded)
        {
            return this.Refused(result) ?? BadRequest();
        }

        Week = result.Value;
        return Page();
    }

    public async Task<IActionResult> OnGetFileAsync(Guid fileId, CancellationToken ct)
    {
        var result = await getFile.HandleAsync(new GetDiaryHomeworkFile.Request(StudentId ?? Guid.Empty, fileId), ct);
        return result.Succeeded
            ? File(result.Value.Content, result.Value.ContentType, result.Value.FileName)
            : this.Refused(result) ?? NotFound();
    }

    public string WeekLink(DateOnly date) => $"/Diary?studentId={StudentId}&date={date:yyyy-MM-dd}";
}
