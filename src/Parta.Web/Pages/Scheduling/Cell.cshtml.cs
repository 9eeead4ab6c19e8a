using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parta.Scheduling;

namespace Parta.Web.Pages.Scheduling;

/// <summary>
/// One cell of the timetable (a class's or a group's day and lesson number): the lessons in it, a form to put a lesson
/// in (or change one), its conflicts named; hours over the plan may be kept with «Сохранить всё равно».
/// </summary>
public sealed class CellModel(GetTimetableCell getCell, PlaceLesson place, RemoveTimetableLine remove) : PageModel, IVersionedForm
{
    /// <summary>The changed lesson's version when the form was opened.</summary>
    [BindProperty]
    public uint? Version { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid TimetableId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid RowId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Day { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Number { get; set; }

    /// <summary>The lesson being changed (none: a new one).</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? LineId { get; set; }

    [BindProperty, Display(Name = "Предмет и учитель")]
    public Guid? AssignmentId { get; set; }

    [BindProperty, Display(Name = "Кабинет")]
    public Guid? RoomId { get; set; }

    [BindProperty, Display(Name = "Недели")]
    public WeekParity Weeks { get; set; }

    public TimetableCell? Cell { get; private set; }

    /// <summary>The refusal was only hours over the plan: the form offers «Сохранить всё равно».</summary>
    public bool MayKeepHours { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } missing)
        {
            return missing;
        }

        if (LineId is { } id && Cell!.Lines.FirstOrDefault(l => l.LineId == id) is { } line)
        {
            AssignmentId = line.AssignmentId;
            RoomId = line.RoomId;
            Weeks = line.Weeks;
            Version = line.Version;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(bool keepHours, bool next, CancellationToken ct)
    {
        var result = await place.HandleAsync(new PlaceLesson.Request(TimetableId, Day, Number, AssignmentId, RoomId, Weeks, LineId, keepHours, LineId is null ? null : Version), ct);
        if (this.Refused(result) is { } refused)
        {
            return refused;
        }

        if (!result.Succeeded)
        {
            MayKeepHours = result.Errors.All(e => e is PlaceLesson.HoursOver);
            return await LoadAsync(ct) ?? Page();
        }

        this.Tell("Урок поставлен в расписание.");
        if (next && Number < Parta.Scheduling.ScheduleRules.MaxLessonNumber)
        {
            return RedirectToPage(new { timetableId = TimetableId, rowId = RowId, day = Day, number = Number + 1, lineId = (Guid?)null });
        }

        return Redirect($"/Scheduling?timetableId={TimetableId}#c-{RowId}-{Day}-{Number}");
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid removeLineId, uint? removeVersion, CancellationToken ct)
    {
        var result = await remove.HandleAsync(new RemoveTimetableLine.Request(removeLineId, removeVersion), ct);
        if (this.Refused(result) is { } refused)
        {
            return refused;
        }

        if (!result.Succeeded)
        {
            return await LoadAsync(ct) ?? Page();
        }

        this.Tell("Урок убран из расписания.");
        return RedirectToPage(new { timetableId = TimetableId, rowId = RowId, day = Day, number = Number, lineId = (Guid?)null });
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var result = await getCell.HandleAsync(new GetTimetableCell.Request(TimetableId, RowId, Day, Number), ct);
        if (!result.Succeeded)
        {
            return this.Refused(result) ?? NotFound();
        }

        Cell = result.Value;
        return null;
    }
}
