using Microsoft.EntityFrameworkCore;
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

    /// <summary>
    /// Removes what the lesson holds (marks, assessments, attendance, homework files), each removal into the audit history,
    /// before the lesson itself is deleted by its teacher's decision.
    /// </summary>
    public static async Task RemoveAllAsync(PartaDbContext db, Guid lessonId, CancellationToken ct)
    {
        var assessments = db.Assessments.Where(a => a.LessonId == lessonId);
        db.Marks.RemoveRange(await db.Marks.Where(m => assessments.Any(a => a.Id == m.AssessmentId)).ToListAsync(ct));
        db.Assessments.RemoveRange(await assessments.ToListAsync(ct));
        db.Attendance.RemoveRange(await db.Attendance.Where(a => a.LessonId == lessonId).ToListAsync(ct));
        db.HomeworkFiles.RemoveRange(await db.HomeworkFiles.Where(f => f.LessonId == lessonId).ToListAsync(ct));
    }
}
