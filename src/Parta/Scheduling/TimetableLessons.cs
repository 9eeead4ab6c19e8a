using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Scheduling;

/// <summary>
/// After a timetable version is edited, its future lessons follow: the dated lessons of the changed assignments are made
/// again from the school's today (or the version's first day, if later) to the version's last day. Past lessons stay as
/// they were given.
/// </summary>
public sealed class TimetableLessons(PartaDbContext db, RefreshLessons refresh, TimeProvider time)
{
    /// <summary>
    /// Saves the edit of a version and makes its changed assignments' lessons again, in one transaction (the lessons are
    /// made from the saved timetable); a stale save of the edit is answered, nothing half-done is kept.
    /// </summary>
    public Task<Error?> SaveAndFollowAsync(Guid timetableId, IReadOnlyCollection<Guid>? assignmentIds, CancellationToken ct = default) =>
        LessonsFollow.SaveAsync(db, token => FollowAsync(timetableId, assignmentIds, token), ct);

    public async Task FollowAsync(Guid timetableId, IReadOnlyCollection<Guid>? assignmentIds, CancellationToken ct = default)
    {
        if (assignmentIds is { Count: 0 })
        {
            return;
        }

        var timetable = await db.Timetables.AsNoTracking().Where(t => t.Id == timetableId)
            .Select(t => new { t.AcademicYearId, t.ValidFrom }).FirstAsync(ct);
        var today = await SchoolClock.TodayAsync(db, time, ct);
        var from = today > timetable.ValidFrom ? today : timetable.ValidFrom;
        var to = await TimetableVersions.LastDayAsync(db, timetable.AcademicYearId, timetable.ValidFrom, ct);
        if (from <= to)
        {
            await refresh.HandleAsync(new RefreshLessons.Request(from, to, assignmentIds), ct);
        }
    }
}
