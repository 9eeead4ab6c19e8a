using Parta.Data;

namespace Parta.Scheduling;

/// <summary>
/// What people have written into a lesson (its topic now; marks, attendance and homework when the journal keeps them):
/// a lesson holding any of it is never deleted by a timetable change, only flagged for its teacher.
/// Every module that hangs records off lessons adds its table here.
/// </summary>
public static class LessonRecords
{
    public static IQueryable<Guid> Holding(PartaDbContext db, IQueryable<Lesson> lessons) =>
        lessons.Where(l => l.Topic != null).Select(l => l.Id);
}
