using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Organisation;
using Parta.Scheduling;

namespace Parta.Web.Pages.Scheduling;

/// <summary>
/// Звонки: the bell schedules of both shifts, ordinary and shortened, each saved at once from its own form; and the
/// shortened days of the year.
/// </summary>
public sealed class BellsModel(PartaDbContext db, SaveBells save, AddShortenedDay addDay, RemoveShortenedDay removeDay, TimeProvider time) : PageModel
{
    public sealed class BellInput
    {
        public int Number { get; set; }
        public TimeOnly? Start { get; set; }
        public TimeOnly? End { get; set; }
    }

    /// <summary>One bell schedule as its form shows it.</summary>
    public sealed record Schedule(int Shift, bool Shortened, IReadOnlyList<BellInput> Bells, bool Posted)
    {
        public string Title => $"{Shift}-я смена, {(Shortened ? "сокращённые дни" : "обычные дни")}";

        public string Key => $"s{Shift}{(Shortened ? "short" : "full")}";
    }

    public sealed record DayRow(Guid Id, DateOnly Date, string? Reason);

    [BindProperty]
    public int Shift { get; set; }

    [BindProperty]
    public bool Shortened { get; set; }

    [BindProperty]
    public List<BellInput> Bells { get; set; } = [];

    [BindProperty]
    [Display(Name = "Дата")]
    public DateOnly? DayDate { get; set; }

    [BindProperty]
    [Display(Name = "Причина")]
    public string? DayReason { get; set; }

    public IReadOnlyList<Schedule> Schedules { get; private set; } = [];

    public IReadOnlyList<DayRow> Days { get; private set; } = [];

    public string? YearName { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(posted: false, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var request = new SaveBells.Request(Shift, Shortened, Bells.Select(b => new SaveBells.BellTime(b.Number, b.Start, b.End)).ToList());
            var result = await save.HandleAsync(request, ct);
            if (result.Succeeded)
            {
                this.Tell($"Звонки сохранены: {Shift}-я смена, {(Shortened ? "сокращённые дни" : "обычные дни")}, "
                    + $"{RussianPlural.Count(result.Value, "урок", "урока", "уроков")}. Уроки с сегодняшнего дня идут по ним.");
                return Redirect("/Scheduling/Bells");
            }

            if (this.Refused(result) is { } status)
            {
                return status;
            }
        }

        await LoadAsync(posted: true, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAddDayAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await addDay.HandleAsync(new AddShortenedDay.Request(DayDate, DayReason), ct);
            if (result.Succeeded)
            {
                this.Tell($"{RussianDate.Show(result.Value.Date)} — сокращённый день.");
                return Redirect("/Scheduling/Bells");
            }

            if (this.Refused(ToDayFields(result.Errors)) is { } status)
            {
                return status;
            }
        }

        await LoadAsync(posted: false, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveDayAsync(Guid dayId, CancellationToken ct)
    {
        var result = await removeDay.HandleAsync(new RemoveShortenedDay.Request(dayId), ct);
        if (result.Succeeded)
        {
            this.Tell($"{RussianDate.Show(result.Value.Date)} — снова обычный день.");
            return Redirect("/Scheduling/Bells");
        }

        return this.Refused(result) ?? await ShowAsync(ct);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        await LoadAsync(posted: false, ct);
        return Page();
    }

    /// <summary>The shortened day's form names its fields DayDate and DayReason (beside the bells' forms on one page).</summary>
    private static List<Error> ToDayFields(IReadOnlyList<Error> errors) =>
        errors.Select(e => e.Field switch
        {
            nameof(AddShortenedDay.Request.Date) => new Invalid(e.Message, nameof(DayDate)),
            nameof(AddShortenedDay.Request.Reason) => new Invalid(e.Message, nameof(DayReason)),
            _ => e,
        }).ToList();

    private async Task LoadAsync(bool posted, CancellationToken ct)
    {
        var saved = await db.Bells.AsNoTracking().ToListAsync(ct);
        var schedules = new List<Schedule>();
        foreach (var shift in new[] { 1, 2 })
        {
            foreach (var shortened in new[] { false, true })
            {
                var isPosted = posted && shift == Shift && shortened == Shortened;
                var bells = Enumerable.Range(0, ScheduleRules.MaxLessonNumber + 1).Select(n =>
                {
                    if (isPosted && Bells.FirstOrDefault(b => b.Number == n) is { } typed)
                    {
                        return typed;
                    }

                    var bell = saved.FirstOrDefault(b => b.Shift == shift && b.Shortened == shortened && b.Number == n);
                    return new BellInput { Number = n, Start = bell?.Start, End = bell?.End };
                }).ToList();
                schedules.Add(new Schedule(shift, shortened, bells, isPosted));
            }
        }

        Schedules = schedules;
        var today = await SchoolClock.TodayAsync(db, time, ct);
        var year = await SchoolClock.CurrentYearAsync(db, today, ct);
        YearName = year?.Name;
        Days = year is null
            ? []
            : await db.ShortenedDays.AsNoTracking().Where(d => d.Date >= year.Start && d.Date <= year.End).OrderBy(d => d.Date)
                .Select(d => new DayRow(d.Id, d.Date, d.Reason)).ToListAsync(ct);
    }
}
