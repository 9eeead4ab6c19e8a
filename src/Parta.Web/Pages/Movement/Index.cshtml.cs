using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parta.Importing;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Movement;
using Parta.Organisation;
using Parta.Web.Security;

namespace Parta.Web.Pages.Movement;

/// <summary>
/// Книга движения: the events of a period, filtered by class and kind, each with its order; grouped by month and sent a
/// page at a time, in one stated order: by date, within a day by class (grade, then letter: <see cref="ClassOrder"/>),
/// then by the student's name in Russian order. The spreadsheet holds every record of the filter, not one page.
/// </summary>
public sealed class IndexModel(PartaDbContext db, PermissionResolver resolver, TimeProvider time) : PageModel
{
    public const int PageSize = 100;

    public sealed record Row(
        Guid Id, DateOnly Date, MovementKind Kind, Guid StudentId, string Student, string? PersonalFileNumber, string? FromClass, string? ToClass,
        Guid OrderId, string OrderNumber, DateOnly OrderDate, string? Reason, WithdrawalReason? WithdrawalReason, string? OtherSchool, bool Cancelled, string? CancellationReason,
        DateTime CreatedAt, bool IsLatest = false);

    /// <param name="Title">«Ноябрь 2026».</param>
    /// <param name="Total">The month's records under the filter, on every page.</param>
    /// <param name="Continued">The month began on an earlier page.</param>
    public sealed record Month(string Title, int Total, bool Continued, IReadOnlyList<Row> Rows);

    public DateOnly From { get; private set; }
    public DateOnly To { get; private set; }
    public Guid? ClassId { get; private set; }
    public MovementKind? Kind { get; private set; }

    [BindProperty(SupportsGet = true, Name = Pager.Parameter)]
    public int PageNumber { get; set; } = 1;

    public Paged<Row> Rows { get; private set; } = Paged.Of<Row>([], 1, PageSize);
    public IReadOnlyList<Month> Months { get; private set; } = [];
    public IReadOnlyList<Parta.Organisation.ClassChoice> Classes { get; private set; } = [];
    public bool CanEdit { get; private set; }
    public bool CanCorrect { get; private set; }

    public async Task<IActionResult> OnGetXlsxAsync(DateOnly? from, DateOnly? to, Guid? classId, MovementKind? kind)
    {
        var rows = await LoadAsync(from, to, classId, kind);
        var ru = RussianCulture.Instance;
        var bytes = SpreadsheetFile.WriteXlsx("Книга движения",
            ["Дата", "Событие", "Учащийся", "№ личного дела", "Из класса", "В класс", "Приказ №", "Дата приказа", "Основание", "Отменена"],
            rows.Select(r => (IReadOnlyList<string>)
            [
                r.Date.ToString("dd.MM.yyyy", ru), r.Kind.Title(), r.Student, r.PersonalFileNumber ?? "", r.FromClass ?? "", r.ToClass ?? "",
                r.OrderNumber, r.OrderDate.ToString("dd.MM.yyyy", ru),
                string.Join("; ", new[] { r.Reason, r.WithdrawalReason?.Title(), r.OtherSchool }.Where(x => !string.IsNullOrEmpty(x))),
                r.Cancelled ? $"да: {r.CancellationReason}" : "",
            ]));
        return File(bytes, SpreadsheetFile.XlsxContentType, $"книга-движения-{From:yyyy-MM-dd}-{To:yyyy-MM-dd}.xlsx");
    }

    public async Task OnGetAsync(DateOnly? from, DateOnly? to, Guid? classId, MovementKind? kind)
    {
        var permissions = await resolver.GetAsync();
        (CanEdit, CanCorrect) = (permissions.Has(Permissions.MovementEdit), permissions.Has(Permissions.MovementCorrect));
        var all = await LoadAsync(from, to, classId, kind);
        var page = Paged.Of(all, PageNumber, PageSize);

        // Only a student's latest record in force can be cancelled (CancelMovementEvent): the others get no button.
        var students = page.Items.Select(r => r.StudentId).Distinct().ToList();
        var inForce = await db.MovementEvents.AsNoTracking()
            .Where(e => students.Contains(e.StudentId) && !e.Cancelled)
            .Select(e => new { e.StudentId, e.Id, e.Date, e.CreatedAt })
            .ToListAsync();
        var latest = inForce.GroupBy(e => e.StudentId)
            .Select(g => g.OrderByDescending(e => e.Date).ThenByDescending(e => e.CreatedAt).First().Id)
            .ToHashSet();
        Rows = page with { Items = page.Items.Select(r => r with { IsLatest = latest.Contains(r.Id) }).ToList() };

        var perMonth = all.CountBy(r => (r.Date.Year, r.Date.Month)).ToDictionary(c => c.Key, c => c.Value);
        var before = all.Take((Rows.Page - 1) * PageSize).Select(r => (r.Date.Year, r.Date.Month)).ToHashSet();
        Months = Rows.Items.GroupBy(r => (r.Date.Year, r.Date.Month))
            .Select(g => new Month(RussianDate.MonthAndYear(g.First().Date), perMonth[g.Key], before.Contains(g.Key), g.ToList()))
            .ToList();
    }


    /// <summary>Every record of the period under the filter, in the book's order.</summary>
    private async Task<List<Row>> LoadAsync(DateOnly? from, DateOnly? to, Guid? classId, MovementKind? kind)
    {
        // By default the academic year that contains the school's today, else the latest one.
        var today = await SchoolClock.TodayAsync(db, time);
        var years = await SchoolClock.CurrentYearAsync(db, today);
        From = from ?? years?.Start ?? new DateOnly(today.Year, 1, 1);
        To = to ?? years?.End ?? From.AddYears(1);
        (ClassId, Kind) = (classId, kind);

        Classes = await Parta.Organisation.ClassChoices.LoadAsync(db);
        var query = db.MovementEvents.AsNoTracking().Where(e => e.Date >= From && e.Date <= To);
        if (classId is { } id)
        {
            query = query.Where(e => e.ToClassId == id || e.FromClassId == id);
        }

        if (kind is { } k)
        {
            query = query.Where(e => e.Kind == k);
        }

        var names = Classes.ToDictionary(c => c.Id, c => c.Name);
        var rows = await query
            .Select(e => new
            {
                e.Id, e.Date, e.Kind, e.StudentId, e.Student!.LastName, e.Student.FirstName, e.Student.MiddleName, e.Student.PersonalFileNumber,
                e.FromClassId, e.ToClassId, e.OrderId, OrderNumber = e.Order!.Number, OrderDate = e.Order.Date, e.Reason, e.WithdrawalReason, e.OtherSchool,
                e.Cancelled, e.CancellationReason, e.CreatedAt,
            })
            .ToListAsync();
        // The Russian order and the order of classes are not the databases': the period's records are ordered here.
        return rows.Select(r => new Row(
                r.Id, r.Date, r.Kind, r.StudentId, PersonName.Full(r.LastName, r.FirstName, r.MiddleName), r.PersonalFileNumber,
                r.FromClassId is { } f ? names.GetValueOrDefault(f) : null, r.ToClassId is { } t ? names.GetValueOrDefault(t) : null,
                r.OrderId, r.OrderNumber, r.OrderDate, r.Reason, r.WithdrawalReason, r.OtherSchool, r.Cancelled, r.CancellationReason, r.CreatedAt))
            .OrderBy(r => r.Date)
            .ThenBy(r => r.ToClass ?? r.FromClass, ClassOrder.Instance)
            .ThenBy(r => r.Student, RussianCulture.Collation)
            .ThenBy(r => r.CreatedAt)
            .ToList();
    }
}
