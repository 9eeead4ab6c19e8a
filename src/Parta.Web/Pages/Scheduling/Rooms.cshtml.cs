using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Scheduling;

namespace Parta.Web.Pages.Scheduling;

/// <summary>Кабинеты: the school's rooms, a room added or changed in the form beside the list, one not in the timetable deleted.</summary>
public sealed class RoomsModel(PartaDbContext db, SaveRoom save, DeleteRoom delete) : PageModel, IVersionedForm
{
    public sealed record Row(Guid Id, string Name, int? Capacity, int Lines);

    /// <summary>The room being changed (none: a new one).</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public uint? Version { get; set; }

    [BindProperty]
    [Display(Name = "Название или номер")]
    public string? Name { get; set; } = "";

    [BindProperty]
    [Display(Name = "Мест (необязательно)")]
    public int? Capacity { get; set; }

    public IReadOnlyList<Row> Rooms { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            var room = await db.Rooms.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
            if (room is null)
            {
                return NotFound();
            }

            (Name, Capacity, Version) = (room.Name, room.Capacity, room.Version);
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            return await this.AfterSaveAsync(
                await save.HandleAsync(new SaveRoom.Request(Id, Name, Capacity, Version), ct),
                r => Id is null ? $"Кабинет «{r.Name}» добавлен." : $"Кабинет «{r.Name}» сохранён.", "/Scheduling/Rooms", () => LoadAsync(ct));
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid roomId, CancellationToken ct) =>
        await this.AfterSaveAsync(
            await delete.HandleAsync(new DeleteRoom.Request(roomId), ct), r => $"Кабинет «{r.Name}» удалён.", "/Scheduling/Rooms",
            () =>
            {
                Id = null;
                return LoadAsync(ct);
            });

    private async Task LoadAsync(CancellationToken ct)
    {
        var rows = await db.Rooms.AsNoTracking()
            .Select(r => new Row(r.Id, r.Name, r.Capacity, db.TimetableEntries.Count(e => e.RoomId == r.Id)))
            .ToListAsync(ct);
        Rooms = rows.OrderBy(r => r.Name, RoomOrder.Instance).ToList();
    }
}
