using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Movement;

namespace Parta.Web.Pages.Movement;

/// <summary>
/// Corrects the particulars of a record (order, grounds, withdrawal reason, other school, debts) with a reason
/// (permission movement.correct); the change is in the record's audit history. The date, student and class are not edited
/// here: such a mistake is cancelled and entered again.
/// </summary>
public sealed class CorrectModel(PartaDbContext db, PermissionResolver resolver, CorrectMovementEvent handler) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

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

    [BindProperty, Required(ErrorMessage = "Укажите причину исправления."), StringLength(500), Display(Name = "Причина исправления")]
    public string? CorrectionReason { get; set; }

    public string Summary { get; private set; } = "";
    public MovementKind Kind { get; private set; }
    public Guid StudentId { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } result)
        {
            return result;
        }

        var current = await db.MovementEvents.AsNoTracking().Where(e => e.Id == Id)
            .Select(e => new { e.Order!.Number, OrderDate = e.Order.Date, e.Reason, e.WithdrawalReason, e.OtherSchool, e.AcademicDebts })
            .FirstAsync();
        (OrderNumber, OrderDate, Reason, WithdrawalReason, OtherSchool, AcademicDebts) =
            (current.Number, current.OrderDate, current.Reason, current.WithdrawalReason, current.OtherSchool, current.AcademicDebts);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } result)
        {
            return result;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var error = await handler.ExecuteAsync(new CorrectMovementEvent.Request(
            Id, OrderNumber!, OrderDate!.Value, Reason, WithdrawalReason, OtherSchool, AcademicDebts, CorrectionReason!));
        switch (error)
        {
            case null:
                TempData["Message"] = "Запись исправлена.";
                return Redirect("/Movement/Order?id=" + await db.MovementEvents.Where(e => e.Id == Id).Select(e => e.OrderId).FirstAsync());
            case CorrectMovementEvent.Invalid invalid:
                ModelState.AddModelError(char.ToUpperInvariant(invalid.Field[0]) + invalid.Field[1..], invalid.Message);
                return Page();
            default:
                ModelState.AddModelError(string.Empty, error.Message);
                return Page();
        }
    }

    private async Task<IActionResult?> LoadAsync()
    {
        if (!(await resolver.GetAsync()).Has(Permissions.MovementCorrect))
        {
            return Forbid();
        }

        var e = await db.MovementEvents.AsNoTracking().Where(x => x.Id == Id)
            .Select(x => new { x.Kind, x.Date, x.StudentId, x.Cancelled, x.Student!.LastName, x.Student.FirstName, x.Student.MiddleName, ToClass = x.ToClass!.Grade + x.ToClass.Letter })
            .FirstOrDefaultAsync();
        if (e is null)
        {
            return NotFound();
        }

        (Kind, StudentId) = (e.Kind, e.StudentId);
        Summary = $"{e.Kind.Title()} {e.Date:dd.MM.yyyy}: {PersonName.Full(e.LastName, e.FirstName, e.MiddleName)}"
            + (e.Kind.LeadsIntoClass() ? $", класс {e.ToClass}" : "");
        if (e.Cancelled)
        {
            ModelState.AddModelError(string.Empty, new CorrectMovementEvent.Cancelled().Message);
        }

        return null;
    }
}
