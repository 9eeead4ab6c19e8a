using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Movement;
using Parta.Organisation;
using Parta.People;

namespace Parta.Web.Pages.Movement;

/// <summary>
/// One form for every event of the book. An admission without a chosen student admits a new one: the page hands the
/// card and the event to <see cref="AdmitStudent"/>, which makes both in one transaction.
/// </summary>
public sealed class RecordModel(PartaDbContext db, RecordMovementEvent record, AdmitStudent admit, TimeProvider time) : PageModel
{
    public sealed record Option(Guid Id, string Title);

    /// <summary>The card of a new student, for an admission (its fields post as <c>Student.LastName</c> …).</summary>
    public sealed class NewStudent
    {
        [Display(Name = "Фамилия")]
        public string? LastName { get; set; }

        [Display(Name = "Имя")]
        public string? FirstName { get; set; }

        [Display(Name = "Отчество")]
        public string? MiddleName { get; set; }

        [Display(Name = "Дата рождения")]
        public DateOnly? BirthDate { get; set; }
    }

    /// <summary>The event; a link may choose it (<c>?kind=Transfer</c>), as the student's card does.</summary>
    [BindProperty(SupportsGet = true), Display(Name = "Событие")]
    public MovementKind Kind { get; set; } = MovementKind.Admission;

    /// <summary>The student; a link from the card names them (<c>?studentId=…</c>), so the form opens on them.</summary>
    [BindProperty(SupportsGet = true), Display(Name = "Учащийся")]
    public Guid? StudentId { get; set; }

    [BindProperty]
    public NewStudent Student { get; set; } = new();

    [BindProperty, Display(Name = "Класс")]
    public Guid? ClassId { get; set; }

    [BindProperty, Display(Name = "Дата события")]
    public DateOnly? Date { get; set; }

    [BindProperty, Display(Name = "Номер приказа")]
    public string? OrderNumber { get; set; }

    [BindProperty, Display(Name = "Дата приказа")]
    public DateOnly? OrderDate { get; set; }

    [BindProperty, Display(Name = "Основание")]
    public string? Reason { get; set; }

    [BindProperty, Display(Name = "Причина выбытия")]
    public WithdrawalReason? WithdrawalReason { get; set; }

    [BindProperty, Display(Name = "Откуда прибыл / куда выбыл")]
    public string? OtherSchool { get; set; }

    [BindProperty, Display(Name = "Академическая задолженность")]
    public string? AcademicDebts { get; set; }

    public IReadOnlyList<Option> Students { get; private set; } = [];
    public IReadOnlyList<ClassChoice> Classes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var today = await SchoolClock.TodayAsync(db, time, ct);
        Date ??= today;
        OrderDate ??= today;
        await LoadOptionsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var particulars = new MovementParticulars(Date, OrderNumber, OrderDate, Reason, WithdrawalReason, OtherSchool, AcademicDebts);
            var result = StudentId is { } studentId
                ? await record.HandleAsync(new RecordMovementEvent.Request(studentId, Kind, ClassId, particulars), ct)
                : Kind.AdmitsNewStudent()
                    ? await admit.HandleAsync(new AdmitStudent.Request(
                        new StudentCard(Student.LastName, Student.FirstName, Student.MiddleName, Student.BirthDate), ClassId, particulars, Kind), ct)
                    : new Invalid("Выберите учащегося.", nameof(StudentId));
            if (result.Succeeded)
            {
                this.Tell("Запись внесена в книгу движения.");
                return Redirect($"/Movement?from={result.Value.Date:yyyy-MM-dd}&to={result.Value.Date:yyyy-MM-dd}");
            }

            if (this.Refused(result) is { } status)
            {
                return status;
            }
        }

        await LoadOptionsAsync(ct);
        return Page();
    }

    private async Task LoadOptionsAsync(CancellationToken ct)
    {
        var students = await db.Students.AsNoTracking()
            .Select(s => new { s.Id, s.LastName, s.FirstName, s.MiddleName, s.BirthDate, Grade = (int?)s.SchoolClass!.Grade, s.SchoolClass.Letter })
            .ToListAsync(ct);
        Students = students
            .Select(s => new Option(s.Id, $"{PersonName.Full(s.LastName, s.FirstName, s.MiddleName)}{(s.Grade is { } g ? $", {SchoolClass.NameOf(g, s.Letter)}" : ", не в классе")}{(s.BirthDate is { } b ? $", {RussianDate.Show(b)}" : "")}"))
            .OrderBy(o => o.Title, RussianCulture.Collation)
            .ToList();
        Classes = await ClassChoices.LoadAsync(db, ct: ct);
    }
}
