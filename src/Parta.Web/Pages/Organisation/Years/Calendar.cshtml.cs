using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Web.Pages.Organisation.Years;

/// <summary>The school calendar (календарный учебный график) of a year: holidays, public holidays, moved days; and a day check.</summary>
public sealed class CalendarModel(PartaDbContext db, PermissionResolver permissions, AddCalendarEntry add, SchoolCalendar calendar)
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
    [Required(ErrorMessage = "Введите дату начала.")]
    [Display(Name = "С")]
    public DateOnly? Start { get; set; }

    [BindProperty]
    [Display(Name = "По (для одного дня — пусто)")]
    public DateOnly? End { get; set; }

    [BindProperty]
    [Display(Name = "Только для параллели")]
    public int? Grade { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Дата")]
    public DateOnly? CheckDate { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Параллель")]
    public int CheckGrade { get; set; } = 1;

    public bool? CheckAnswer { get; private set; }

    public IReadOnlyList<CalendarEntry> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (CheckDate is { } date)
        {
            CheckAnswer = await calendar.IsSchoolDayAsync(CheckGrade, date);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await CanEditAsync())
        {
            return Forbid();
        }

        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await add.HandleAsync(new AddCalendarEntryRequest(Year!.Id, Kind, Name ?? "", Start!.Value, End ?? Start.Value, Grade));
        if (!result.Succeeded)
        {
            AddRefusals(ModelState, result);
            return Page();
        }

        TempData["Message"] = $"«{Name!.Trim()}» добавлено в календарь.";
        return Redirect($"/Organisation/Years/Calendar?yearId={Year.Id}");
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid entryId)
    {
        if (!await CanEditAsync())
        {
            return Forbid();
        }

        var entry = await Db.CalendarEntries.FirstOrDefaultAsync(e => e.Id == entryId);
        if (entry is null)
        {
            return NotFound();
        }

        Db.CalendarEntries.Remove(entry);
        await Db.SaveChangesAsync();
        TempData["Message"] = $"«{entry.Name}» удалено из календаря.";
        return Redirect($"/Organisation/Years/Calendar?yearId={entry.AcademicYearId}");
    }

    private async Task<bool> LoadAsync()
    {
        await LoadYearAsync(YearId);
        if (Year is null)
        {
            return false;
        }

        var entries = await Db.CalendarEntries.AsNoTracking().Where(e => e.AcademicYearId == Year.Id).ToListAsync();
        Entries = entries.OrderBy(e => e.Start).ThenBy(e => e.Grade).ToList();
        return true;
    }
}
