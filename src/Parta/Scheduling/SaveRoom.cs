using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Scheduling;

/// <summary>Adds a room (кабинет) of the school or changes its name and how many it seats.</summary>
public sealed class SaveRoom(PartaDbContext db, CurrentUser currentUser)
{
    /// <param name="Version">The room's version the form was opened with (null: no check).</param>
    public sealed record Request(Guid? Id, string? Name, int? Capacity, uint? Version = null);

    public sealed record RoomNotFound() : NotFound("Кабинет не найден.");

    public sealed record DuplicateName(string Name) : Invalid($"Кабинет «{Name}» в школе уже есть.", nameof(Request.Name));

    public async Task<Result<Room>> HandleAsync(Request request, CancellationToken ct = default)
    {
        Room? room = null;
        if (request.Id is { } id)
        {
            room = await db.Rooms.FirstOrDefaultAsync(r => r.Id == id, ct);
            if (room is null)
            {
                return new RoomNotFound();
            }

            if (db.Expect(room, request.Version) is { } stale)
            {
                return stale;
            }
        }

        var checks = new Checks();
        var name = checks.Required(request.Name, nameof(Request.Name), "Название", RoomRules.NameLength);
        var capacity = checks.Number(request.Capacity, nameof(Request.Capacity), "Мест", 1, RoomRules.MaxCapacity);
        if (name.Length > 0)
        {
            // Names compare as people read them: «214» and « 214 », «Спортзал» and «спортзал» are one room.
            var others = await db.Rooms.AsNoTracking().Where(r => r.Id != request.Id).Select(r => r.Name).ToListAsync(ct);
            if (others.FirstOrDefault(o => RussianCulture.Collation.Equals(o, name)) is { } existing)
            {
                checks.Add(new DuplicateName(existing));
            }
        }

        if (checks.Failed)
        {
            return checks.Refusal<Room>();
        }

        if (room is null)
        {
            room = new Room { SchoolId = currentUser.SchoolId!.Value, Name = name };
            db.Rooms.Add(room);
        }

        room.Name = name;
        room.Capacity = capacity;
        return await db.TrySaveAsync(ct) is { } conflict ? conflict : room;
    }
}
