using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Movement;

namespace Parta.Web.Pages.Movement;

/// <summary>Cancels a mistaken record with a reason (permission movement.correct); the record stays in the book, struck out.</summary>
public sealed class CancelModel(PartaDbContext db, PermissionResolver resolver, CancelMovementEvent handler) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty, Required(ErrorMessage = "Укажите причину отмены."), StringLength(500), Display(Name = "Причина отмены")]
    public string? Reason { get; set; }

    public string Summary { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() is { } result ? result : Page();

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

        var error = await handler.ExecuteAsync(Id, Reason);
        if (error is not null)
        {
            ModelState.AddModelError(string.Empty, error.Message);
            return Page();
        }

        TempData["Message"] = "Запись отменена.";
        return Redirect("/Movement");
    }

    private async Task<IActionResult?> LoadAsync()
    {
        if (!(await resolver.GetAsync()).Has(Permissions.MovementCorrect))
        {
            return Forbid();
        }

        var e = await db.MovementEvents.AsNoTracking().Where(x => x.Id == Id)
            .Select(x => new { x.Kind, x.Date, x.Student!.LastName, x.Student.FirstName, x.Student.MiddleName, x.Order!.Number, OrderDate = x.Order.Date })
            .FirstOrDefaultAsync();
        if (e is null)
        {
            return NotFound();
        }

        Summary = $"{e.Kind.Title()} {e.Date:dd.MM.yyyy}: {PersonName.Full(e.LastName, e.FirstName, e.MiddleName)}, приказ № {e.Number} от {e.OrderDate:dd.MM.yyyy}";
        return null;
    }
}
