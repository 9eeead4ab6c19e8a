using Parta.Data;

namespace Parta.Scheduling;

/// <summary>
/// What people have written into a lesson (its topic and homework, homework files, assessments with their marks, attendance):
/// a lesson holding any of it is never deleted by a timetable change, only flagged for its teacher.
/// Every module that hangs records off lessons adds its table here.
/// </summary>
public static class LessonRecords
{
    public static IQueryable<Guid> Holding(PartaDbContext db, IQueryable<Lesson> lessons) =>
        lessons.Where(l => l.Topic != null || l.Homework != null
                || db.Assessments.Any(a => a.LessonId == l.Id)
                || db.Attendance.Any(a => a.LessonId == l.Id)
                || db.HomeworkFiles.Any(f => f.LessonId == l.Id))
            .Select(l => l.Id);
}
