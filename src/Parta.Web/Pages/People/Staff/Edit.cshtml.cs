using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.People;

namespace Parta.Web.Pages.People.Staff;

/// <summary>Creates (no id) or changes a staff member's card with positions. Opening a card is logged as a view.</summary>
public sealed class EditModel(PartaDbContext db, SaveStaffMemberHandler save, RecordPersonalDataViewHandler log) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty, Required(ErrorMessage = "Введите фамилию."), StringLength(100, ErrorMessage = "Не длиннее 100 символов."), Display(Name = "Фамилия")]
    public string LastName { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Введите имя."), StringLength(100, ErrorMessage = "Не длиннее 100 символов."), Display(Name = "Имя")]
    public string FirstName { get; set; } = "";

    [BindProperty, StringLength(100, ErrorMessage = "Не длиннее 100 символов."), Display(Name = "Отчество")]
    public string? MiddleName { get; set; }

    [BindProperty, Display(Name = "Дата рождения")]
    public DateOnly? BirthDate { get; set; }

    [BindProperty, StringLength(40, ErrorMessage = "Не длиннее 40 символов."), Phone(ErrorMessage = "Введите номер телефона, например +7 912 345-67-89."), Display(Name = "Телефон")]
    public string? Phone { get; set; }

    [BindProperty, StringLength(200, ErrorMessage = "Не длиннее 200 символов."), EmailAddress(ErrorMessage = "Введите адрес электронной почты, например ivanova@example.ru."), Display(Name = "Электронная почта")]
    public string? Email { get; set; }

    [BindProperty, Display(Name = "Должности")]
    public List<string> Positions { get; set; } = [];

    [BindProperty, StringLength(100, ErrorMessage = "Не длиннее 100 символов."), Display(Name = "Другая должность")]
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

            (LastName, FirstName, MiddleName, BirthDate, Phone, Email) = (s.LastName, s.FirstName, s.MiddleName, s.BirthDate, s.Phone, s.Email);
            var positions = s.Positions.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            Positions = positions.Where(StaffMember.StandardPositions.Contains).ToList();
            OtherPosition = string.Join("; ", positions.Where(p => !StaffMember.StandardPositions.Contains(p)));
            await log.HandleAsync(nameof(StaffMember), id, "/People/Staff/Edit", ct);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var positions = Positions.Where(StaffMember.StandardPositions.Contains)
                .Concat((OtherPosition ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                .ToList();
            var outcome = await save.HandleAsync(new SaveStaffMember(Id, LastName, FirstName, MiddleName, BirthDate, Phone, Email, positions), ct);
            if (outcome.Error is { } error)
            {
                if (error.AsStatus() is { } status)
                {
                    return status;
                }

                ModelState.Add(error);
            }
            else
            {
                TempData["Message"] = "Карточка сотрудника сохранена.";
                return Redirect("/People/Staff");
            }
        }

        return Page();
    }
}
