using Parta.Access;
using Parta.Data;

namespace Parta.Scheduling;

/// <summary>«Удалить урок»: deletes a lesson the timetable no longer has, with its topic, marks, attendance and homework (all in the audit history).</summary>
public sealed class DeleteOutOfTimetableLesson(PartaDbContext db, CurrentUser user, PermissionResolver permissions)
{
    public sealed record Request(Guid LessonId);

    public async Task<Result<Lesson>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var found = await OutOfTimetableLessons.FindAsync(db, user, permissions, request.LessonId, ct);
        if (!found.Succeeded)
        {
            return found;
        }

        await LessonRecords.RemoveAllAsync(db, found.Value.Id, ct);
        db.Lessons.Remove(found.Value);
        return await db.TrySaveAsync(ct) is { } conflict ? conflict : found.Value;
    }
}
