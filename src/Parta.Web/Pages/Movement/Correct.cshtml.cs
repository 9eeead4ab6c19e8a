using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Movement;
using Parta.Organisation;

namespace Parta.Web.Pages.Movement;

/// <summary>
/// Corrects the particulars of a record (order, grounds, withdrawal reason, other school, debts) with a reason; the change
/// is in the record's audit history. The date, student and class are not edited here: such a mistake is cancelled and
/// entered again.
/// </summary>
public sealed class CorrectModel(PartaDbContext db, CorrectMovementEvent correct) : PageModel, IVersionedForm
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public uint? Version { get; set; }

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

    [BindProperty, Display(Name = "Причина исправления")]
    public string? CorrectionReason { get; set; }

    public string Summary { get; private set; } = "";
    public MovementKind Kind { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var current = await db.MovementEvents.AsNoTracking().Where(e => e.Id == Id)
            .Select(e => new { e.Order!.Number, OrderDate = e.Order.Date, e.Reason, e.WithdrawalReason, e.OtherSchool, e.AcademicDebts, e.Version })
            .FirstAsync(ct);
        (OrderNumber, OrderDate, Reason, WithdrawalReason, OtherSchool, AcademicDebts, Version) =
            (current.Number, current.OrderDate, current.Reason, current.WithdrawalReason, current.OtherSchool, current.AcademicDebts, current.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await correct.HandleAsync(new CorrectMovementEvent.Request(
                Id, new MovementParticulars(null, OrderNumber, OrderDate, Reason, WithdrawalReason, OtherSchool, AcademicDebts), CorrectionReason, Version), ct);
            if (result.Succeeded)
            {
                this.Tell("Запись исправлена.");
                return Redirect("/Movement/Order?id=" + await db.MovementEvents.Where(e => e.Id == Id).Select(e => e.OrderId).FirstAsync(ct));
            }

            if (this.Refused(result) is { } status)
            {
                return status;
            }
        }

        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var e = await db.MovementEvents.AsNoTracking().Where(x => x.Id == Id)
            .Select(x => new { x.Kind, x.Date, x.Cancelled, x.Student!.LastName, x.Student.FirstName, x.Student.MiddleName, x.ToClass!.Grade, x.ToClass.Letter })
            .FirstOrDefaultAsync(ct);
        if (e is null)
        {
            return false;
        }

        Kind = e.Kind;
        Summary = $"{e.Kind.Title()} {RussianDate.Show(e.Date)}: {PersonName.Full(e.LastName, e.FirstName, e.MiddleName)}"
            + (e.Kind.LeadsIntoClass() ? $", класс {SchoolClass.NameOf(e.Grade, e.Letter)}" : "");
        if (e.Cancelled && !ModelState.ContainsKey(""))
        {
            ModelState.AddModelError(string.Empty, new CorrectMovementEvent.Cancelled().Message);
        }

        return true;
    }
}
