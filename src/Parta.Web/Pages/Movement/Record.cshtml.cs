using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Movement;
using Parta.Organisation;
using Parta.People;
using Parta.Web.Security;

namespace Parta.Web.Pages.Movement;

/// <summary>One form for every event of the book; an admission may bring a new student, whose card is created with it.</summary>
public sealed class RecordModel(PartaDbContext db, PermissionResolver resolver, RecordMovementEvent handler, TimeProvider time) : PageModel
{
    public sealed record Option(Guid Id, string Title);

    [BindProperty, Display(Name = "Событие")]
    public MovementKind Kind { get; set; } = MovementKind.Admission;

    [BindProperty, Display(Name = "Учащийся")]
    public Guid? StudentId { get; set; }

    [BindProperty, Display(Name = "Фамилия"), StringLength(100)]
    public string? NewLastName { get; set; }

    [BindProperty, Display(Name = "Имя"), StringLength(100)]
    public string? NewFirstName { get; set; }

    [BindProperty, Display(Name = "Отчество"), StringLength(100)]
    public string? NewMiddleName { get; set; }

    [BindProperty, Display(Name = "Дата рождения")]
    public DateOnly? NewBirthDate { get; set; }

    [BindProperty, Display(Name = "Класс")]
    public Guid? ClassId { get; set; }

    [BindProperty, Required(ErrorMessage = "Укажите дату события."), Display(Name = "Дата события")]
    public DateOnly? Date { get; set; }

    [BindProperty, Required(ErrorMessage = "Укажите номер приказа."), StringLength(50), Display(Name = "Номер приказа")]
    public string? OrderNumber { get; set; }

    [BindProperty, Required(ErrorMessage = "Укажите дату приказа."), Display(Name = "Дата приказа")]
    public DateOnly? OrderDate { get; set; }

    [BindProperty, StringLength(500), Display(Name = "Основание")]
    public string? Reason { get; set; }

    [BindProperty, Display(Name = "Причина выбытия")]
    public WithdrawalReason? WithdrawalReason { get; set; }

    [BindProperty, StringLength(300), Display(Name = "Откуда прибыл / куда выбыл")]
    public string? OtherSchool { get; set; }

    [BindProperty, StringLength(500), Display(Name = "Академическая задолженность")]
    public string? AcademicDebts { get; set; }

    public IReadOnlyList<Option> Students { get; private set; } = [];
    public IReadOnlyList<Option> Classes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!(await resolver.GetAsync()).Has(Permissions.MovementEdit))
        {
            return Forbid();
        }

        var today = await SchoolClock.TodayAsync(db, time);
        Date ??= today;
        OrderDate ??= today;
        await LoadOptionsAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!(await resolver.GetAsync()).Has(Permissions.MovementEdit))
        {
            return Forbid();
        }

        var newStudent = StudentId is null && Kind == MovementKind.Admission;
        if (newStudent && (string.IsNullOrWhiteSpace(NewLastName) || string.IsNullOrWhiteSpace(NewFirstName)))
        {
            ModelState.AddModelError(nameof(StudentId), "Выберите учащегося или введите фамилию и имя нового.");
        }
        else if (StudentId is null && !newStudent)
        {
            ModelState.AddModelError(nameof(StudentId), "Выберите учащегося.");
        }

        if (!ModelState.IsValid)
        {
            await LoadOptionsAsync();
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        var studentId = StudentId;
        if (newStudent)
        {
            var student = new Student
            {
                SchoolId = db.CurrentSchoolId!.Value,
                LastName = NewLastName!.Trim(),
                FirstName = NewFirstName!.Trim(),
                MiddleName = string.IsNullOrWhiteSpace(NewMiddleName) ? null : NewMiddleName.Trim(),
                BirthDate = NewBirthDate,
                PersonalFileNumber = await PersonalFileNumbers.NextAsync(db, NewLastName),
            };
            db.Students.Add(student);
            await db.SaveChangesAsync();
            studentId = student.Id;
        }

        var (_, error) = await handler.ExecuteAsync(new RecordMovementEvent.Request(
            studentId!.Value, Kind, ClassId, Date!.Value, OrderNumber!, OrderDate!.Value, Reason, WithdrawalReason, OtherSchool, AcademicDebts));
        if (error is not null)
        {
            ModelState.AddModelError(error is RecordMovementEvent.ClassNotFound ? nameof(ClassId) : string.Empty, error.Message);
            await LoadOptionsAsync();
            return Page();
        }

        await transaction.CommitAsync();
        TempData["Message"] = "Запись внесена в книгу движения.";
        return Redirect($"/Movement?from={Date:yyyy-MM-dd}&to={Date:yyyy-MM-dd}");
    }

    private async Task LoadOptionsAsync()
    {
        var students = await db.Students.AsNoTracking()
            .Select(s => new { s.Id, s.LastName, s.FirstName, s.MiddleName, s.BirthDate, Grade = (int?)s.SchoolClass!.Grade, s.SchoolClass.Letter })
            .ToListAsync();
        Students = students
            .Select(s => new Option(s.Id, $"{PersonName.Full(s.LastName, s.FirstName, s.MiddleName)}{(s.Grade is { } g ? $", {g}{s.Letter}" : ", не в классе")}{(s.BirthDate is { } b ? $", {b:dd.MM.yyyy}" : "")}"))
            .OrderBy(o => o.Title, RussianCulture.Collation)
            .ToList();
        Classes = (await Parta.Organisation.ClassChoices.LoadAsync(db)).Select(c => new Option(c.Id, c.Name)).ToList();
    }
}
