using Microsoft.EntityFrameworkCore;
using Parta.Grading;
using Parta.Journal;
using Parta.Web.Tests.Infrastructure;
using Parta.Web.Tests.Journal;

namespace Parta.Web.Tests.Reports;

/// <summary>
/// Additions to <see cref="JournalWorld"/> for the school-wide reports' tests, written straight into the database so that
/// each test states exactly what the journal holds: topics and homework, marks (late or not), attendance and period marks.
/// </summary>
internal static class SchoolReportsTestData
{
    /// <summary>Gives every lesson of the assignment in the range a topic and homework (the other tests' lessons have neither).</summary>
    public static Task FillLessonsAsync(this PartaAppFactory app, JournalWorld w, Guid assignmentId, DateOnly from, DateOnly to) =>
        app.WithDbAsync(w.School.Id, async db =>
        {
            foreach (var lesson in await db.Lessons.Where(l => l.TeachingAssignmentId == assignmentId && l.Date >= from && l.Date <= to).ToListAsync())
            {
                lesson.Topic = "Тема урока";
                lesson.Homework = "№ 1, 2";
            }

            await db.SaveChangesAsync();
        });

    /// <summary>Sets a lesson's topic and homework (null clears).</summary>
    public static Task SetLessonAsync(this PartaAppFactory app, JournalWorld w, Guid lessonId, string? topic, string? homework) =>
        app.WithDbAsync(w.School.Id, async db =>
        {
            var lesson = await db.Lessons.SingleAsync(l => l.Id == lessonId);
            lesson.Topic = topic;
            lesson.Homework = homework;
            await db.SaveChangesAsync();
        });

    /// <summary>A mark on a new assessment (answer in class) of the lesson; <paramref name="late"/> as the journal would have marked it.</summary>
    public static Task AddMarkAsync(this PartaAppFactory app, JournalWorld w, Guid lessonId, Guid studentId, string value, bool late = false) =>
        app.WithDbAsync(w.School.Id, async db =>
        {
            await JournalDefaults.EnsureAsync(db, w.School.Id);
            var workType = await db.WorkTypes.OrderBy(t => t.SortOrder).FirstAsync();
            var number = await db.Assessments.CountAsync(a => a.LessonId == lessonId) + 1;
            var assessment = new Assessment { SchoolId = w.School.Id, LessonId = lessonId, WorkTypeId = workType.Id, Number = number };
            db.Assessments.Add(assessment);
            db.Marks.Add(new Mark
            {
                Id = CellId.For(assessment.Id, studentId), SchoolId = w.School.Id, AssessmentId = assessment.Id, StudentId = studentId, Value = value,
                Points = int.TryParse(value, out var points) ? points : null, ChangedAt = new DateTime(2026, 11, 30, 7, 0, 0, DateTimeKind.Utc), Late = late,
            });
            await db.SaveChangesAsync();
        });

    /// <summary>An attendance code of a student in a lesson.</summary>
    public static Task AddAttendanceAsync(this PartaAppFactory app, JournalWorld w, Guid lessonId, Guid studentId, string code) =>
        app.WithDbAsync(w.School.Id, async db =>
        {
            await JournalDefaults.EnsureAsync(db, w.School.Id);
            db.Attendance.Add(new Attendance
            {
                Id = CellId.For(lessonId, studentId), SchoolId = w.School.Id, LessonId = lessonId, StudentId = studentId, Code = code,
                ChangedAt = new DateTime(2026, 11, 30, 7, 0, 0, DateTimeKind.Utc),
            });
            await db.SaveChangesAsync();
        });

    /// <summary>A period mark of a student in the subject of an assignment.</summary>
    public static Task AddPeriodMarkAsync(this PartaAppFactory app, JournalWorld w, Guid assignmentId, Guid studentId, Guid periodId, string value) =>
        app.WithDbAsync(w.School.Id, async db =>
        {
            var assignment = await db.TeachingAssignments.SingleAsync(a => a.Id == assignmentId);
            db.FinalMarks.Add(new FinalMark
            {
                Id = FinalMark.IdFor(studentId, assignment.SubjectId, FinalMarkKind.Period, periodId), SchoolId = w.School.Id,
                AcademicYearId = assignment.AcademicYearId, StudentId = studentId, SubjectId = assignment.SubjectId, Kind = FinalMarkKind.Period,
                PeriodId = periodId, Value = value, Points = int.TryParse(value, out var points) ? points : null,
                ChangedAt = new DateTime(2026, 10, 24, 12, 0, 0, DateTimeKind.Utc),
            });
            await db.SaveChangesAsync();
        });

    /// <summary>The given lessons' dates of an assignment in a range (not cancelled), in order.</summary>
    public static Task<List<(Guid Id, DateOnly Date)>> LessonsAsync(this PartaAppFactory app, JournalWorld w, Guid assignmentId, DateOnly from, DateOnly to) =>
        app.WithDbAsync(w.School.Id, async db =>
            (await db.Lessons.Where(l => l.TeachingAssignmentId == assignmentId && l.Date >= from && l.Date <= to && l.Change != Parta.Scheduling.LessonChangeKind.Cancelled)
                .OrderBy(l => l.Date).Select(l => new { l.Id, l.Date }).ToListAsync())
            .Select(l => (l.Id, l.Date)).ToList());
}
