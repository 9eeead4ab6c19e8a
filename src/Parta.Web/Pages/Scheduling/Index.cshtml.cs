using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parta.Scheduling;

namespace Parta.Web.Pages.Scheduling;

/// <summary>
/// The timetable editor: the grid of a version (classes × days × lessons, every cell a link to its editor, moved between
/// with the arrow keys), the conflicts panel, a new version from a date, copying a day or a class, odd and even weeks.
/// </summary>
public sealed class IndexModel(GetTimetableGrid grid, StartTimetable start, CopyTimetable copy, SetWeekAlternation alternation) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? TimetableId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? YearId { get; set; }

    [BindProperty, Display(Name = "Новое расписание действует с")]
    public DateOnly? ValidFrom { get; set; }

    [BindProperty, Display(Name = "Класс")]
    public Guid? FromClassId { get; set; }

    [BindProperty, Display(Name = "В класс")]
    public Guid? ToClassId { get; set; }

    [BindProperty, Display(Name = "День")]
    public int? FromDay { get; set; }

    [BindProperty, Display(Name = "В день")]
    public int? ToDay { get; set; }

    public TimetableGrid? Grid { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostStartAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } missing)
        {
            return missing;
        }

        if (Grid is null)
        {
            return NotFound();
        }

        var result = await start.HandleAsync(new StartTimetable.Request(Grid!.Year.Id, ValidFrom), ct);
        if (this.Refused(result) is { } refused)
        {
            return refused;
        }

        if (!result.Succeeded)
        {
            return Page();
        }

        this.Tell(Grid.Shown is null
            ? $"Расписание на {Grid.Year.Name} начато. Заполните клетки: щёлкните по клетке или выберите её стрелками и нажмите Enter."
            : $"Новое расписание действует с {RussianDate.Show(result.Value.ValidFrom)}; до этой даты остаётся прежнее. Оно начато как копия прежнего.");
        return RedirectToPage(new { timetableId = result.Value.Id });
    }

    public async Task<IActionResult> OnPostCopyAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } missing)
        {
            return missing;
        }

        if (Grid?.Shown is null)
        {
            return NotFound();
        }

        var result = await copy.HandleAsync(new CopyTimetable.Request(Grid.Shown.Id, FromClassId, ToClassId, ToClassId is null ? FromDay : null, ToClassId is null ? ToDay : null), ct);
        if (this.Refused(result) is { } refused)
        {
            return refused;
        }

        if (!result.Succeeded)
        {
            return Page();
        }

        var copied = result.Value;
        var message = $"Скопировано: {RussianPlural.Count(copied.Lines, "урок", "урока", "уроков")}.";
        if (copied.LeftOut.Count > 0)
        {
            message += $" Не скопировано ({copied.LeftOut.Count}): " + string.Join(" ", copied.LeftOut);
        }

        this.Tell(message);
        return RedirectToPage(new { timetableId = Grid.Shown.Id });
    }

    public async Task<IActionResult> OnPostAlternationAsync(bool alternating, CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } missing)
        {
            return missing;
        }

        if (Grid?.Shown is null)
        {
            return NotFound();
        }

        var result = await alternation.HandleAsync(new SetWeekAlternation.Request(Grid.Shown.Id, alternating), ct);
        if (this.Refused(result) is { } refused)
        {
            return refused;
        }

        if (!result.Succeeded)
        {
            return Page();
        }

        this.Tell(alternating ? "Чётные и нечётные недели теперь можно различать в клетках расписания." : "Расписание одинаково на всех неделях.");
        return RedirectToPage(new { timetableId = Grid.Shown.Id });
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var result = await grid.HandleAsync(new GetTimetableGrid.Request(YearId, TimetableId), ct);
        if (result.Errors.Any(e => e is GetTimetableGrid.NoYear))
        {
            return null; // the page says to create a year first
        }

        if (!result.Succeeded)
        {
            return this.Refused(result);
        }

        Grid = result.Value;
        return null;
    }
}
