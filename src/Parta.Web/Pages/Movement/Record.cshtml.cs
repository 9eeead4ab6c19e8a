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
/// card and the event to <see cref="AdmitStudent"/>, which makes both in one transaction. The student is found by a few
/// letters of the name (<see cref="OnGetStudentsAsync"/>, <see cref="FindStudentToRecord"/>); with scripts the form
/// shows only the fields of the chosen kind (wwwroot/js/movement-record.js), without them every field, and the use case
/// ignores those the kind does not have.
/// </summary>
public sealed class RecordModel(PartaDbContext db, RecordMovementEvent record, AdmitStudent admit, FindStudentToRecord find, TimeProvider time) : PageModel
{
    /// <summary>The matches of a search as the form lists them (<c>_StudentMatches</c>).</summary>
    public sealed record StudentMatches(string? Query, IReadOnlyList<StudentListRow> Students, int Total, string? Error)
    {
        /// <summary>«Журавлёва Ева Андреевна, 3А, 20.05.2017»; for one in no class today, why: «…, выбыла 16.11.2026, приказ № 12-у от 16.11.2026, …».</summary>
        public static string TitleOf(StudentListRow s) =>
            string.Join(", ", new[] { s.FullName, s.Status ?? s.ClassName, s.BirthDate is { } b ? RussianDate.Show(b) : null }.Where(p => !string.IsNullOrEmpty(p)));
    }

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

    /// <summary>A search sent without scripts (the search form's «Найти»): its matches are listed on the page itself.</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public StudentMatches? Matches { get; private set; }

    /// <summary>The chosen student as the form names them, or null when none is chosen.</summary>
    public string? ChosenStudent { get; private set; }

    public IReadOnlyList<ClassChoice> Classes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var today = await SchoolClock.TodayAsync(db, time, ct);
        Date ??= today;
        OrderDate ??= today;
        if (StudentId is null && Query is not null)
        {
            Matches = await SearchAsync(Query, ct);
        }

        await LoadOptionsAsync(ct);
        return Page();
    }

    /// <summary>The students whose name holds the typed letters, as a fragment the form puts under the search field.</summary>
    public async Task<IActionResult> OnGetStudentsAsync(string? q, CancellationToken ct) =>
        Partial("_StudentMatches", await SearchAsync(q, ct));

    private async Task<StudentMatches> SearchAsync(string? query, CancellationToken ct)
    {
        var found = await find.HandleAsync(new FindStudentToRecord.Request(query), ct);
        return found.Succeeded
            ? new StudentMatches(query, found.Value.Students, found.Value.Total, null)
            : new StudentMatches(query, [], 0, found.Errors[0].Message);
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
        if (StudentId is { } id)
        {
            var chosen = await db.Students.AsNoTracking().Where(s => s.Id == id)
                .Select(s => new { s.LastName, s.FirstName, s.MiddleName, s.BirthDate, Grade = (int?)s.SchoolClass!.Grade, s.SchoolClass.Letter })
                .FirstOrDefaultAsync(ct);
            StudentId = chosen is null ? null : id; // a card not of this school names nobody
            ChosenStudent = chosen is null
                ? null
                : string.Join(", ", new[]
                {
                    PersonName.Full(chosen.LastName, chosen.FirstName, chosen.MiddleName),
                    chosen.Grade is { } g ? SchoolClass.NameOf(g, chosen.Letter) : "не в классе",
                    chosen.BirthDate is { } b ? RussianDate.Show(b) : null,
                }.Where(p => p is not null));
        }

        Classes = await ClassChoices.LoadAsync(db, ct: ct);
    }
}
