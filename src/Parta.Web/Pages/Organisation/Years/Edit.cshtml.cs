using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Organisation;
using System.ComponentModel.DataAnnotations;

namespace Parta.Web.Pages.Organisation.Years;

/// <summary>Creates an academic year (no id) or changes its name and dates.</summary>
public sealed class EditModel(PartaDbContext db, PermissionResolver permissions, SaveAcademicYear save) : OrganisationPage(db, permissions)
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    [Display(Name = "Название")]
    public string? Name { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Введите дату начала.")]
    [Display(Name = "Начало")]
    public DateOnly? Start { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Введите дату окончания.")]
    [Display(Name = "Окончание")]
    public DateOnly? End { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (Id is { } id)
        {
            var year = await Db.AcademicYears.AsNoTracking().FirstOrDefaultAsync(y => y.Id == id);
            if (year is null)
            {
                return NotFound();
            }

            (Name, Start, End) = (year.Name, year.Start, year.End);
        }
        else
        {
            var today = await TodayAsync();
            var startYear = today.Month >= 7 ? today.Year : today.Year - 1;
            var taken = await Db.AcademicYears.AsNoTracking().Select(y => y.Name).ToListAsync();
            while (taken.Contains(AcademicYear.NameFor(startYear)))
            {
                startYear++;
            }

            (Name, Start, End) = (AcademicYear.NameFor(startYear), new DateOnly(startYear, 9, 1), new DateOnly(startYear + 1, 8, 31));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await CanEditAsync())
        {
            return Forbid();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await save.HandleAsync(new SaveAcademicYearRequest(Id, Name ?? "", Start!.Value, End!.Value));
        if (!result.Succeeded)
        {
            AddRefusals(ModelState, result);
            return Page();
        }

        TempData["Message"] = Id is null ? $"Учебный год «{Name!.Trim()}» добавлен." : "Изменения сохранены.";
        return Redirect($"/Organisation/Years/Details?id={result.Id}");
    }
}
