using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Scheduling;

/// <summary>Undoes a change of one date: the lesson is again as the timetable has it (an extra lesson goes, unless it holds records).</summary>
public sealed class RemoveLessonChange(PartaDbContext db, RefreshLessons refresh, TimeProvider time)
{
    public sealed record Request(Guid ChangeId);

    public sealed record ChangeNotFound() : NotFound("Изменение расписания не найдено.");

    public sealed record OutsideTheYear() : Conflict("Изменения прошлых учебных лет не отменяются.");

    public async Task<Result<LessonChange>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var change = await db.LessonChanges.FirstOrDefaultAsync(c => c.Id == request.ChangeId, ct);
        if (change is null)
        {
            return new ChangeNotFound();
        }

        var today = await SchoolClock.TodayAsync(db, time, ct);
        if (await SchoolClock.CurrentYearAsync(db, today, ct) is not { } year || !year.Contains(change.Date))
        {
            return new OutsideTheYear();
        }

        db.LessonChanges.Remove(change);
        var affected = new RefreshLessons.Request(change.Date, change.Date, [change.TeachingAssignmentId]);
        return await LessonsFollow.SaveAsync(db, refresh, affected, ct) is { } conflict ? conflict : change;
    }
}
