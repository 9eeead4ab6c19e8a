using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.People;

namespace Parta.Web.Pages.People.Students;

/// <summary>Creates (no id) or changes a student's personal card. Opening a card to edit it is logged as a view.</summary>
public sealed class EditModel(PartaDbContext db, FindStudentsHandler find, SaveStudentHandler save, RecordPersonalDataViewHandler log) : PageModel
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

    [BindProperty, Display(Name = "Пол")]
    public Gender? Gender { get; set; }

    [BindProperty, StringLength(30, ErrorMessage = "Не длиннее 30 символов."), Display(Name = "Номер личного дела")]
    public string? PersonalFileNumber { get; set; }

    [BindProperty, Display(Name = "Класс")]
    public Guid? ClassId { get; set; }

    [BindProperty, StringLength(40, ErrorMessage = "Не длиннее 40 символов."), Phone(ErrorMessage = "Введите номер телефона, например +7 912 345-67-89."), Display(Name = "Телефон")]
    public string? Phone { get; set; }

    [BindProperty, StringLength(200, ErrorMessage = "Не длиннее 200 символов."), EmailAddress(ErrorMessage = "Введите адрес электронной почты, например ivanova@example.ru."), Display(Name = "Электронная почта")]
    public string? Email { get; set; }

    [BindProperty, StringLength(500, ErrorMessage = "Не длиннее 500 символов."), Display(Name = "Адрес")]
    public string? Address { get; set; }

    [BindProperty, Range(1, 5, ErrorMessage = "Группа здоровья — число от 1 до 5."), Display(Name = "Группа здоровья")]
    public int? HealthGroup { get; set; }

    public IReadOnlyList<ClassOption> Classes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            var s = await db.Students.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
            if (s is null)
            {
                return NotFound();
            }

            (LastName, FirstName, MiddleName, BirthDate, Gender, PersonalFileNumber, ClassId, Phone, Email, Address, HealthGroup) =
                (s.LastName, s.FirstName, s.MiddleName, s.BirthDate, s.Gender, s.PersonalFileNumber, s.SchoolClassId, s.Phone, s.Email, s.Address, s.HealthGroup);
            await log.HandleAsync(nameof(Student), id, "/People/Students/Edit", ct);
        }

        Classes = await find.ClassesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (BirthDate is { } born && (born.Year < 1990 || born > DateOnly.FromDateTime(HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime)))
        {
            ModelState.AddModelError(nameof(BirthDate), "Проверьте дату рождения.");
        }

        if (ModelState.IsValid)
        {
            var outcome = await save.HandleAsync(new SaveStudent(
                Id, LastName, FirstName, MiddleName, BirthDate, Gender, PersonalFileNumber, Phone, Email, Address, HealthGroup, ClassId), ct);
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
                TempData["Message"] = "Карточка сохранена.";
                return Redirect($"/People/Students/Card?id={outcome.Value}");
            }
        }

        Classes = await find.ClassesAsync(ct);
        return Page();
    }
}
