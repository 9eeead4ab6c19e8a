using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Scheduling;

namespace Parta.Organisation;

/// <summary>Removes an entry of the school calendar (the removal is in the audit history).</summary>
public sealed class RemoveCalendarEntry(PartaDbContext db, RefreshLessons refresh, TimeProvider time)
{
    /// <param name="Version">The entry's version the page was opened with (null: no check).</param>
    public sealed record Request(Guid EntryId, uint? Version = null);

    public sealed record EntryNotFound() : NotFound("Запись календарного графика не найдена.");

    /// <returns>The removed entry (its name and year, for the message and the way back).</returns>
    public async Task<Result<CalendarEntry>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var entry = await db.CalendarEntries.FirstOrDefaultAsync(e => e.Id == request.EntryId, ct);
        if (entry is null)
        {
            return new EntryNotFound();
        }

        if (db.Expect(entry, request.Version) is { } stale)
        {
            return stale;
        }

        db.CalendarEntries.Remove(entry);

        // The lessons still to come in its dates follow the calendar without it.
        var today = await SchoolClock.TodayAsync(db, time, ct);
        return await LessonsFollow.SaveAsync(db, refresh, LessonsFollow.Future(today, entry.Start, entry.End), ct) is { } conflict ? conflict : entry;
    }
}
