using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;

namespace Parta.Scheduling;

/// <summary>
/// Who decides on a lesson the timetable no longer has (<see cref="Lesson.NotInTimetable"/>): its own teacher, or whoever
/// makes the timetable (schedule.edit).
/// </summary>
internal static class OutOfTimetableLessons
{
    public sealed record LessonNotFound() : NotFound("Урок вне расписания не найден.");

    public sealed record NotYours() : Forbidden("Решить судьбу урока может только его учитель или составитель расписания.");

    public static async Task<Result<Lesson>> FindAsync(PartaDbContext db, CurrentUser user, PermissionResolver permissions, Guid lessonId, CancellationToken ct)
    {
        var lesson = await db.Lessons.FirstOrDefaultAsync(l => l.Id == lessonId && l.NotInTimetable, ct);
        if (lesson is null)
        {
            return new LessonNotFound();
        }

        var staffIds = await GetMyDay.StaffOfAsync(db, user, ct);
        if (!staffIds.Contains(lesson.TeacherId) && !(await permissions.GetAsync(ct)).Has(Permissions.ScheduleEdit))
        {
            return new NotYours();
        }

        return lesson;
    }
}
