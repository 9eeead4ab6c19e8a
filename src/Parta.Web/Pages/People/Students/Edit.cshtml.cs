using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.People;

namespace Parta.Web.Pages.People.Students;

/// <summary>
/// Creates (no id) or changes a student's personal card: the person, never the class (that is the movement book's).
/// Opening a card to edit it is logged as a view.
/// </summary>
public sealed class EditModel(PartaDbContext db, SaveStudent save, RecordPersonalDataView log) : PersonCardPage
{
    [BindProperty, Display(Name = "Дата рождения")]
    public DateOnly? BirthDate { get; set; }

    [BindProperty, Display(Name = "Пол")]
    public Gender? Gender { get; set; }

    [BindProperty, Display(Name = "Номер личного дела")]
    public string? PersonalFileNumber { get; set; }

    [BindProperty, Display(Name = "Телефон")]
    public string? Phone { get; set; }

    [BindProperty, Display(Name = "Электронная почта")]
    public string? Email { get; set; }

    [BindProperty, Display(Name = "Адрес")]
    public string? Address { get; set; }

    [BindProperty, Display(Name = "Группа здоровья")]
    public int? HealthGroup { get; set; }

    /// <summary>The class the student is in now, by the movement book (shown, not edited here).</summary>
    public string? ClassName { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            var s = await db.Students.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
            if (s is null)
            {
                return NotFound();
            }

            (LastName, FirstName, MiddleName, BirthDate, Gender, PersonalFileNumber, Phone, Email, Address, HealthGroup, Version) =
                (s.LastName, s.FirstName, s.MiddleName, s.BirthDate, s.Gender, s.PersonalFileNumber, s.Phone, s.Email, s.Address, s.HealthGroup, s.Version);
            await LoadClassAsync(ct);
            await log.HandleAsync(new RecordPersonalDataView.Request(nameof(Student), id, "/People/Students/Edit"), ct);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var card = new StudentCard(LastName, FirstName, MiddleName, BirthDate, Gender, PersonalFileNumber, Phone, Email, Address, HealthGroup);
            var result = await save.HandleAsync(new SaveStudent.Request(Id, card, Version), ct);
            if (result.Succeeded)
            {
                this.Tell("Карточка сохранена.");
                return Redirect($"/People/Students/Card?id={result.Value}");
            }

            if (this.Refused(result) is { } status)
            {
                return status;
            }
        }

        await LoadClassAsync(ct);
        return Page();
    }

    private async Task LoadClassAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            ClassName = await db.Students.AsNoTracking().Where(s => s.Id == id && s.SchoolClassId != null)
                .Select(s => Parta.Organisation.SchoolClass.NameOf(s.SchoolClass!.Grade, s.SchoolClass.Letter))
                .FirstOrDefaultAsync(ct);
        }
    }
}
