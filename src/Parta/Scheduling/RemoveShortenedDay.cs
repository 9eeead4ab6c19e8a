using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Scheduling;

/// <summary>Makes a shortened day an ordinary one again: its lessons take the ordinary bells.</summary>
public sealed class RemoveShortenedDay(PartaDbContext db, RefreshLessons refresh)
{
    public sealed record Request(Guid Id);

    public sealed record DayNotFound() : NotFound("Сокращённый день не найден.");

    public async Task<Result<ShortenedDay>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var day = await db.ShortenedDays.FirstOrDefaultAsync(d => d.Id == request.Id, ct);
        if (day is null)
        {
            return new DayNotFound();
        }

        db.ShortenedDays.Remove(day);
        return await LessonsFollow.SaveAsync(db, refresh, new RefreshLessons.Request(day.Date, day.Date), ct) is { } conflict ? conflict : day;
    }
}
