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

/// <summary>Книга движения: the events of a period, filtered by class and kind, each with its order.</summary>
public sealed class IndexModel(PartaDbContext db, PermissionResolver resolver, TimeProvider time) : PageModel
{
    public sealed record Row(
        Guid Id, DateOnly Date, MovementKind Kind, Guid StudentId, string Student, string? PersonalFileNumber, string? FromClass, string? ToClass,
        Guid OrderId, string OrderNumber, DateOnly OrderDate, string? Reason, WithdrawalReason? WithdrawalReason, string? OtherSchool, bool Cancelled, string? CancellationReason,
        bool IsLatest);

    public DateOnly From { get; private set; }
    public DateOnly To { get; private set; }
    public Guid? ClassId { get; private set; }
    public MovementKind? Kind { get; private set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<Parta.Organisation.ClassChoice> Classes { get; private set; } = [];
    public bool CanEdit { get; private set; }
    public bool CanCorrect { get; private set; }

    public async Task<IActionResult> OnGetXlsxAsync(DateOnly? from, DateOnly? to, Guid? classId, MovementKind? kind)
    {
        await OnGetAsync(from, to, classId, kind);
        var ru = RussianCulture.Instance;
        var bytes = SpreadsheetFile.WriteXlsx("Книга движения",
            ["Дата", "Событие", "Учащийся", "№ личного дела", "Из класса", "В класс", "Приказ №", "Дата приказа", "Основание", "Отменена"],
            Rows.Select(r => (IReadOnlyList<string>)
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
            .OrderBy(e => e.Date).ThenBy(e => e.CreatedAt)
            .Select(e => new
            {
                e.Id, e.Date, e.Kind, e.StudentId, e.Student!.LastName, e.Student.FirstName, e.Student.MiddleName, e.Student.PersonalFileNumber,
                e.FromClassId, e.ToClassId, e.OrderId, OrderNumber = e.Order!.Number, OrderDate = e.Order.Date, e.Reason, e.WithdrawalReason, e.OtherSchool,
                e.Cancelled, e.CancellationReason,
                // Only a student's latest record in force can be cancelled (CancelMovementEvent): the others get no button.
                IsLatest = !e.Cancelled && !db.MovementEvents.Any(o => o.StudentId == e.StudentId && !o.Cancelled && o.Id != e.Id
                    && (o.Date > e.Date || (o.Date == e.Date && o.CreatedAt > e.CreatedAt))),
            })
            .ToListAsync();
        Rows = rows.Select(r => new Row(
                r.Id, r.Date, r.Kind, r.StudentId, PersonName.Full(r.LastName, r.FirstName, r.MiddleName), r.PersonalFileNumber,
                r.FromClassId is { } f ? names.GetValueOrDefault(f) : null, r.ToClassId is { } t ? names.GetValueOrDefault(t) : null,
                r.OrderId, r.OrderNumber, r.OrderDate, r.Reason, r.WithdrawalReason, r.OtherSchool, r.Cancelled, r.CancellationReason, r.IsLatest))
            .ToList();
    }
}
