using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.People;

namespace Parta.Web.Pages.People.Guardians;

/// <summary>Changes a guardian's card, or adds a guardian to a student (<c>?studentId=</c>). Opening a card is logged.</summary>
public sealed class EditModel(PartaDbContext db, SaveGuardianHandler save, RecordPersonalDataViewHandler log) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? StudentId { get; set; }

    [BindProperty, Required(ErrorMessage = "Введите фамилию."), StringLength(100, ErrorMessage = "Не длиннее 100 символов."), Display(Name = "Фамилия")]
    public string LastName { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Введите имя."), StringLength(100, ErrorMessage = "Не длиннее 100 символов."), Display(Name = "Имя")]
    public string FirstName { get; set; } = "";

    [BindProperty, StringLength(100, ErrorMessage = "Не длиннее 100 символов."), Display(Name = "Отчество")]
    public string? MiddleName { get; set; }

    [BindProperty, StringLength(40, ErrorMessage = "Не длиннее 40 символов."), Phone(ErrorMessage = "Введите номер телефона, например +7 912 345-67-89."), Display(Name = "Телефон")]
    public string? Phone { get; set; }

    [BindProperty, StringLength(200, ErrorMessage = "Не длиннее 200 символов."), EmailAddress(ErrorMessage = "Введите адрес электронной почты, например ivanova@example.ru."), Display(Name = "Электронная почта")]
    public string? Email { get; set; }

    [BindProperty, StringLength(50, ErrorMessage = "Не длиннее 50 символов."), Display(Name = "Кем приходится учащемуся")]
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

            (LastName, FirstName, MiddleName, Phone, Email) = (g.LastName, g.FirstName, g.MiddleName, g.Phone, g.Email);
            await log.HandleAsync(nameof(Guardian), id, "/People/Guardians/Edit", ct);
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
            var outcome = await save.HandleAsync(new SaveGuardian(Id, LastName, FirstName, MiddleName, Phone, Email, StudentId, Relation), ct);
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
                TempData["Message"] = "Карточка родителя сохранена.";
                return Redirect(StudentId is { } sid ? $"/People/Students/Card?id={sid}" : "/People/Guardians");
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
