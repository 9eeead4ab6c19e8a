using Parta.Access;
using Parta.Data;

namespace Parta.Scheduling;

/// <summary>«Оставить»: keeps a lesson the timetable no longer has, as it is, and takes it off the list to decide on.</summary>
public sealed class KeepOutOfTimetableLesson(PartaDbContext db, CurrentUser user, PermissionResolver permissions)
{
    public sealed record Request(Guid LessonId);

    public async Task<Result<Lesson>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var found = await OutOfTimetableLessons.FindAsync(db, user, permissions, request.LessonId, ct);
        if (!found.Succeeded)
        {
            return found;
        }

        found.Value.NotInTimetable = false;
        return await db.TrySaveAsync(ct) is { } conflict ? conflict : found.Value;
    }
}
