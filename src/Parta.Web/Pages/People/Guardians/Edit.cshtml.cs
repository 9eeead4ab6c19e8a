using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.People;

namespace Parta.Web.Pages.People.Guardians;

/// <summary>Changes a guardian's card, or adds a guardian to a student (<c>?studentId=</c>). Opening a card is logged.</summary>
public sealed class EditModel(PartaDbContext db, SaveGuardian save, RecordPersonalDataView log) : PersonCardPage
{
    [BindProperty(SupportsGet = true)]
    public Guid? StudentId { get; set; }

    [BindProperty, Display(Name = "Телефон")]
    public string? Phone { get; set; }

    [BindProperty, Display(Name = "Электронная почта")]
    public string? Email { get; set; }

    [BindProperty, Display(Name = "Кем приходится учащемуся")]
    public string? Relation { get; set; }

    public string? StudentName { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            var g = await db.Guardians.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
            if (g is null)
            {
                return NotFound();
            }

            (LastName, FirstName, MiddleName, Phone, Email, Version) = (g.LastName, g.FirstName, g.MiddleName, g.Phone, g.Email, g.Version);
            await log.HandleAsync(new RecordPersonalDataView.Request(nameof(Guardian), id, "/People/Guardians/Edit"), ct);
        }
        else if (!await LoadStudentAsync(ct))
        {
            return NotFound();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var card = new GuardianCard(LastName, FirstName, MiddleName, Phone, Email);
            var result = await save.HandleAsync(new SaveGuardian.Request(Id, card, StudentId, Relation, Version), ct);
            if (result.Succeeded)
            {
                this.Tell("Карточка родителя сохранена.");
                return Redirect(StudentId is { } sid ? $"/People/Students/Card?id={sid}" : "/People/Guardians");
            }

            if (this.Refused(result) is { } status)
            {
                return status;
            }
        }

        await LoadStudentAsync(ct);
        return Page();
    }

    private async Task<bool> LoadStudentAsync(CancellationToken ct)
    {
        if (StudentId is not { } studentId)
        {
            return false;
        }

        var s = await db.Students.AsNoTracking().Where(x => x.Id == studentId).Select(x => new { x.LastName, x.FirstName, x.MiddleName }).FirstOrDefaultAsync(ct);
        StudentName = s is null ? null : PersonName.Full(s.LastName, s.FirstName, s.MiddleName);
        return s is not null;
    }
}
