using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Movement;

namespace Parta.Web.Pages.Movement;

/// <summary>Cancels a mistaken record with a reason; the record stays in the book, struck out.</summary>
public sealed class CancelModel(PartaDbContext db, CancelMovementEvent cancel) : PageModel, IVersionedForm
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public uint? Version { get; set; }

    [BindProperty, Display(Name = "Причина отмены")]
    public string? Reason { get; set; }

    public string Summary { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(withVersion: true, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await cancel.HandleAsync(new CancelMovementEvent.Request(Id, Reason, Version), ct);
            if (result.Succeeded)
            {
                this.Tell("Запись отменена.");
                return Redirect("/Movement");
            }

            if (this.Refused(result) is { } status)
            {
                return status;
            }
        }

        return await LoadAsync(withVersion: false, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(bool withVersion, CancellationToken ct)
    {
        var e = await db.MovementEvents.AsNoTracking().Where(x => x.Id == Id)
            .Select(x => new { x.Kind, x.Date, x.Version, x.Student!.LastName, x.Student.FirstName, x.Student.MiddleName, x.Order!.Number, OrderDate = x.Order.Date })
            .FirstOrDefaultAsync(ct);
        if (e is null)
        {
            return false;
        }

        if (withVersion)
        {
            Version = e.Version;
        }

        Summary = $"{e.Kind.Title()} {RussianDate.Show(e.Date)}: {PersonName.Full(e.LastName, e.FirstName, e.MiddleName)}, приказ № {e.Number} от {RussianDate.Show(e.OrderDate)}";
        return true;
    }
}
