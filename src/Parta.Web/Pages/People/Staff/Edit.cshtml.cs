using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.People;

namespace Parta.Web.Pages.People.Staff;

/// <summary>Creates (no id) or changes a staff member's card with positions. Opening a card is logged as a view.</summary>
public sealed class EditModel(PartaDbContext db, SaveStaffMember save, RecordPersonalDataView log) : PersonCardPage
{
    [BindProperty, Display(Name = "Дата рождения")]
    public DateOnly? BirthDate { get; set; }

    [BindProperty, Display(Name = "Телефон")]
    public string? Phone { get; set; }

    [BindProperty, Display(Name = "Электронная почта")]
    public string? Email { get; set; }

    [BindProperty, Display(Name = "Должности")]
    public List<string> Positions { get; set; } = [];

    /// <summary>Positions not in the standard list, separated by «;».</summary>
    [BindProperty, Display(Name = "Другая должность")]
    public string? OtherPosition { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            var s = await db.StaffMembers.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
            if (s is null)
            {
                return NotFound();
            }

            (LastName, FirstName, MiddleName, BirthDate, Phone, Email, Version) = (s.LastName, s.FirstName, s.MiddleName, s.BirthDate, s.Phone, s.Email, s.Version);
            var positions = StaffCard.SplitPositions(s.Positions);
            Positions = positions.Where(StaffMember.StandardPositions.Contains).ToList();
            OtherPosition = string.Join(StaffCard.PositionSeparator, positions.Where(p => !StaffMember.StandardPositions.Contains(p)));
            await log.HandleAsync(new RecordPersonalDataView.Request(nameof(StaffMember), id, "/People/Staff/Edit"), ct);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var positions = Positions.Where(StaffMember.StandardPositions.Contains).Concat(StaffCard.SplitPositions(OtherPosition)).ToList();
            var card = new StaffCard(LastName, FirstName, MiddleName, BirthDate, Phone, Email, positions);
            var result = await save.HandleAsync(new SaveStaffMember.Request(Id, card, Version), ct);
            if (result.Succeeded)
            {
                this.Tell("Карточка сотрудника сохранена.");
                return Redirect("/People/Staff");
            }

            if (this.Refused(result) is { } status)
            {
                return status;
            }
        }

        return Page();
    }
}
