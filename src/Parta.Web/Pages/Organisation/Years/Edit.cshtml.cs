using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Web.Pages.Organisation.Years;

/// <summary>Creates an academic year (no id) or changes its name and dates.</summary>
public sealed class EditModel(PartaDbContext db, PermissionResolver permissions, SaveAcademicYear save) : OrganisationPage(db, permissions), IVersionedForm
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public uint? Version { get; set; }

    [BindProperty]
    [Display(Name = "Название")]
    public string? Name { get; set; } = "";

    [BindProperty]
    [Display(Name = "Начало")]
    public DateOnly? Start { get; set; }

    [BindProperty]
    [Display(Name = "Окончание")]
    public DateOnly? End { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            var year = await Db.AcademicYears.AsNoTracking().FirstOrDefaultAsync(y => y.Id == id, ct);
            if (year is null)
            {
                return NotFound();
            }

            (Name, Start, End, Version) = (year.Name, year.Start, year.End, year.Version);
        }
        else
        {
            var today = await TodayAsync(ct);
            var startYear = today.Month >= 7 ? today.Year : today.Year - 1;
            var taken = await Db.AcademicYears.AsNoTracking().Select(y => y.Name).ToListAsync(ct);
            while (taken.Contains(AcademicYear.NameFor(startYear)))
            {
                startYear++;
            }

            (Name, Start, End) = (AcademicYear.NameFor(startYear), new DateOnly(startYear, 9, 1), new DateOnly(startYear + 1, 8, 31));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await save.HandleAsync(new SaveAcademicYear.Request(Id, Name, Start, End, Version), ct);
            if (result.Succeeded)
            {
                this.Tell(Id is null ? $"Учебный год «{result.Value.Name}» добавлен." : "Изменения сохранены.");
                return Redirect($"/Organisation/Years/Details?id={result.Value.Id}");
            }

            if (this.Refused(result) is { } status)
            {
                return status;
            }
        }

        return Page();
    }
}
