using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parta.Scheduling;

namespace Parta.Web.Pages.Scheduling;

/// <summary>
/// Замены: a day of the whole school by class, each lesson with its change; a lesson is changed on its own page
/// (<c>/Scheduling/Change</c>), an extra lesson is added and a change undone here.
/// </summary>
public sealed class ChangesModel(GetDailyChanges getDay, RecordLessonChange record, RemoveLessonChange remove) : PageModel
{
    [BindProperty(SupportsGet = true)]
    [Display(Name = "Дата")]
    public DateOnly? Date { get; set; }

    [BindProperty]
    [Display(Name = "Класс или группа, предмет, учитель")]
    public Guid? AssignmentId { get; set; }

    [BindProperty]
    [Display(Name = "Номер урока")]
    public int? Number { get; set; }

    [BindProperty]
    [Display(Name = "Кабинет")]
    public Guid? RoomId { get; set; }

    [BindProperty]
    [Display(Name = "Причина (необязательно)")]
    public string? Reason { get; set; }

    public DailyChanges Day { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Day = (await getDay.HandleAsync(new GetDailyChanges.Request(Date), ct)).Value;

    public async Task<IActionResult> OnPostExtraAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await record.HandleAsync(new RecordLessonChange.Request(
                LessonChangeKind.Extra, Reason: Reason, RoomId: RoomId, AssignmentId: AssignmentId, Date: Date, Number: Number), ct);
            if (result.Succeeded)
            {
                this.Tell($"Дополнительный {result.Value.Number}-й урок добавлен.");
                return Redirect($"/Scheduling/Changes?date={result.Value.Date:yyyy-MM-dd}");
            }

            if (this.Refused(result) is { } status)
            {
                return status;
            }
        }

        await OnGetAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostUndoAsync(Guid changeId, CancellationToken ct)
    {
        var result = await remove.HandleAsync(new RemoveLessonChange.Request(changeId), ct);
        if (result.Succeeded)
        {
            this.Tell("Изменение отменено: урок снова идёт по расписанию.");
            return Redirect($"/Scheduling/Changes?date={result.Value.Date:yyyy-MM-dd}");
        }

        if (this.Refused(result) is { } status)
        {
            return status;
        }

        await OnGetAsync(ct);
        return Page();
    }
}
