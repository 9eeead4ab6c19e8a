using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Scheduling;

/// <summary>Deletes a room added by mistake or no longer used — never one the timetable still puts lessons in.</summary>
public sealed class DeleteRoom(PartaDbContext db)
{
    public sealed record Request(Guid RoomId);

    public sealed record RoomNotFound() : NotFound("Кабинет не найден.");

    public sealed record InUse(string Name, int Lines)
        : Conflict($"Кабинет «{Name}» удалить нельзя: он используется в расписании: {RussianPlural.Count(Lines, "урок", "урока", "уроков")}. Сначала поставьте эти уроки в другие кабинеты.");

    public async Task<Result<Room>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var room = await db.Rooms.FirstOrDefaultAsync(r => r.Id == request.RoomId, ct);
        if (room is null)
        {
            return new RoomNotFound();
        }

        var lines = await db.TimetableEntries.CountAsync(e => e.RoomId == room.Id, ct);
        if (lines > 0)
        {
            return new InUse(room.Name, lines);
        }

        db.Rooms.Remove(room);
        return await db.TrySaveAsync(ct) is { } conflict ? conflict : room;
    }
}
