using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Organisation;
using Parta.Movement;

namespace Parta.Web.Pages.Movement;

/// <summary>An order of the movement book and every record made under it (a batch promotion is one order).</summary>
public sealed class OrderModel(PartaDbContext db) : PageModel
{
    public sealed record Row(DateOnly Date, MovementKind Kind, Guid StudentId, string Student, string? ToClass, bool Cancelled);

    public string Number { get; private set; } = "";
    public DateOnly Date { get; private set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var order = await db.MovementOrders.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id);
        if (order is null)
        {
            return NotFound();
        }

        (Number, Date) = (order.Number, order.Date);
        var rows = await db.MovementEvents.AsNoTracking()
            .Where(e => e.OrderId == id)
            .OrderBy(e => e.Date).ThenBy(e => e.Student!.LastName).ThenBy(e => e.Student!.FirstName)
            .Select(e => new
            {
                e.Date, e.Kind, e.StudentId, e.Student!.LastName, e.Student.FirstName, e.Student.MiddleName,
                Grade = (int?)e.ToClass!.Grade, Letter = e.ToClass.Letter, e.Cancelled,
            })
            .ToListAsync();
        Rows = rows.Select(r => new Row(r.Date, r.Kind, r.StudentId, PersonName.Full(r.LastName, r.FirstName, r.MiddleName),
            r.Grade is { } g ? SchoolClass.NameOf(g, r.Letter!) : null, r.Cancelled)).ToList();
        return Page();
    }
}
