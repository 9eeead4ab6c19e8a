using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Scheduling;

/// <summary>Takes a lesson out of the weekly timetable; its future dated lessons go (or are kept and flagged if they hold records).</summary>
public sealed class RemoveTimetableLine(PartaDbContext db, TimetableLessons lessons)
{
    /// <param name="Version">The line's version the page was opened with (null: no check).</param>
    public sealed record Request(Guid LineId, uint? Version = null);

    public sealed record LineNotFound() : NotFound("Этого урока в расписании уже нет.");

    public async Task<Result<TimetableEntry>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var line = await db.TimetableEntries.FirstOrDefaultAsync(e => e.Id == request.LineId, ct);
        if (line is null)
        {
            return new LineNotFound();
        }

        if (db.Expect(line, request.Version) is { } stale)
        {
            return stale;
        }

        db.TimetableEntries.Remove(line);
        return await lessons.SaveAndFollowAsync(line.TimetableId, [line.TeachingAssignmentId], ct) is { } refused ? refused : line;
    }
}
