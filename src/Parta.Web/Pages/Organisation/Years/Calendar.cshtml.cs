using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Web.Pages.Organisation.Years;

/// <summary>The school calendar (календарный учебный график) of a year: holidays, public holidays, moved days; and a day check.</summary>
public sealed class CalendarModel(
    PartaDbContext db, PermissionResolver permissions, AddCalendarEntry add, RemoveCalendarEntry remove, SchoolCalendar calendar)
    : OrganisationPage(db, permissions)
{
    [BindProperty(SupportsGet = true)]
    public Guid? YearId { get; set; }

    [BindProperty]
    [Display(Name = "Вид")]
    public CalendarEntryKind Kind { get; set; } = CalendarEntryKind.Holidays;

    [BindProperty]
    [Display(Name = "Название")]
    public string? Name { get; set; } = "";

    [BindProperty]
    [Display(Name = "С")]
    public DateOnly? Start { get; set; }

    [BindProperty]
    [Display(Name = "По (для одного дня — пусто)")]
    public DateOnly? End { get; set; }

    [BindProperty]
    [Display(Name = "Только для параллели")]
    public int? Grade { get; set; }

    [BindProperty]
    [Display(Name = "По расписанию дня")]
    public int? TimetableDay { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Дата")]
    public DateOnly? CheckDate { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Параллель")]
    public int CheckGrade { get; set; } = 1;

    public bool? CheckAnswer { get; private set; }

    public IReadOnlyList<CalendarEntry> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        if (CheckDate is { } date)
        {
            CheckAnswer = await calendar.IsSchoolDayAsync(CheckGrade, date, ct);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            var result = await add.HandleAsync(new AddCalendarEntry.Request(Year!.Id, Kind, Name, Start, End, Grade, TimetableDay), ct);
            if (result.Succeeded)
            {
                this.Tell($"«{result.Value.Name}» добавлено в календарь.");
                return Redirect($"/Organisation/Years/Calendar?yearId={Year.Id}");
            }

            if (this.Refused(result) is { } status)
            {
                return status;
            }
        }

        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid entryId, uint? version, CancellationToken ct)
    {
        var result = await remove.HandleAsync(new RemoveCalendarEntry.Request(entryId, version), ct);
        if (result.Succeeded)
        {
            this.Tell($"«{result.Value.Name}» удалено из календаря.");
            return Redirect($"/Organisation/Years/Calendar?yearId={result.Value.AcademicYearId}");
        }

        if (this.Refused(result) is { } status)
        {
            return status;
        }

        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        await LoadYearAsync(YearId, ct);
        if (Year is null)
        {
            return false;
        }

        var entries = await Db.CalendarEntries.AsNoTracking().Where(e => e.AcademicYearId == Year.Id).ToListAsync(ct);
        Entries = entries.OrderBy(e => e.Start).ThenBy(e => e.Grade).ToList();
        return true;
    }
}
