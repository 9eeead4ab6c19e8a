using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parta.Scheduling;

namespace Parta.Web.Pages.Scheduling;

/// <summary>
/// «Мой день»: the signed-in teacher's lessons of a date with their changes, and the lessons the timetable no longer has
/// that they decide on (delete or keep).
/// </summary>
public sealed class MyDayModel(GetMyDay getMyDay, DeleteOutOfTimetableLesson deleteLesson, KeepOutOfTimetableLesson keepLesson) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? Date { get; set; }

    public MyDay Day { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Day = (await getMyDay.HandleAsync(new GetMyDay.Request(Date), ct)).Value;

    public async Task<IActionResult> OnPostDeleteAsync(Guid lessonId, CancellationToken ct)
    {
        var result = await deleteLesson.HandleAsync(new DeleteOutOfTimetableLesson.Request(lessonId), ct);
        if (result.Succeeded)
        {
            this.Tell($"Урок {RussianDate.Show(result.Value.Date)} удалён.");
            return Redirect(Back());
        }

        return this.Refused(result) ?? Redirect(Back());
    }

    public async Task<IActionResult> OnPostKeepAsync(Guid lessonId, CancellationToken ct)
    {
        var result = await keepLesson.HandleAsync(new KeepOutOfTimetableLesson.Request(lessonId), ct);
        if (result.Succeeded)
        {
            this.Tell($"Урок {RussianDate.Show(result.Value.Date)} оставлен.");
            return Redirect(Back());
        }

        return this.Refused(result) ?? Redirect(Back());
    }

    private string Back() => Date is { } d ? $"/Scheduling/MyDay?date={d:yyyy-MM-dd}" : "/Scheduling/MyDay";
}
