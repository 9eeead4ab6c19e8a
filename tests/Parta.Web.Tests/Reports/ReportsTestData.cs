using Microsoft.EntityFrameworkCore;
using Parta.Grading;
using Parta.Journal;
using Parta.Web.Tests.Infrastructure;
using Parta.Web.Tests.Journal;

namespace Parta.Web.Tests.Reports;

/// <summary>
/// The journal's school (<see cref="JournalWorld"/>) with three more students of 5Ж all year (Егоров Егор, Жанова Жанна,
/// Ильин Илья), the subjects' ids, and period marks set straight into the database as the reports' tests need them.
/// </summary>
internal sealed record ReportWorld(JournalWorld W, Guid Egor, Guid Zhanna, Guid Ilya, Guid MathsSubject, Guid RussianSubject, Guid PeSubject, Guid YearId);

internal static class ReportsTestData
{
    public static async Task<ReportWorld> CreateReportWorldAsync(this PartaAppFactory app)
    {
        var w = await app.CreateJournalWorldAsync();
        var egor = await app.AddStudentAsync(w.School, w.ClassId, "Егоров", "Егор", "Андреевич");
        var zhanna = await app.AddStudentAsync(w.School, w.ClassId, "Жанова", "Жанна", "Олеговна");
        var ilya = await app.AddStudentAsync(w.School, w.ClassId, "Ильин", "Илья", "Ильич");
        var (maths, russian, pe, year) = await app.WithDbAsync(w.School.Id, async db =>
        {
            var subjects = await db.TeachingAssignments.Where(a => a.Id == w.Maths || a.Id == w.Russian || a.Id == w.Pe)
                .Select(a => new { a.Id, a.SubjectId, a.AcademicYearId }).ToListAsync();
            return (subjects.Single(s => s.Id == w.Maths).SubjectId, subjects.Single(s => s.Id == w.Russian).SubjectId,
                subjects.Single(s => s.Id == w.Pe).SubjectId, subjects[0].AcademicYearId);
        });
        return new ReportWorld(w, egor, zhanna, ilya, maths, russian, pe, year);
    }

    /// <summary>Sets period marks straight into the database: (student, subject, value) of one period.</summary>
    public static Task SetPeriodMarksAsync(this PartaAppFactory app, ReportWorld r, Guid periodId, params (Guid Student, Guid Subject, string Value)[] marks) =>
        app.WithDbAsync(r.W.School.Id, async db =>
        {
            foreach (var (student, subject, value) in marks)
            {
                db.FinalMarks.Add(new FinalMark
                {
                    Id = FinalMark.IdFor(student, subject, FinalMarkKind.Period, periodId), SchoolId = r.W.School.Id, AcademicYearId = r.YearId,
                    StudentId = student, SubjectId = subject, Kind = FinalMarkKind.Period, PeriodId = periodId, Value = value,
                    Points = int.TryParse(value, out var points) ? points : null, ChangedAt = new DateTime(2026, 11, 28, 10, 0, 0, DateTimeKind.Utc),
                });
            }

            await db.SaveChangesAsync();
        });

    /// <summary>Sets year marks straight into the database.</summary>
    public static Task SetYearMarksAsync(this PartaAppFactory app, ReportWorld r, params (Guid Student, Guid Subject, string Value)[] marks) =>
        app.WithDbAsync(r.W.School.Id, async db =>
        {
            foreach (var (student, subject, value) in marks)
            {
                db.FinalMarks.Add(new FinalMark
                {
                    Id = FinalMark.IdFor(student, subject, FinalMarkKind.Year, r.YearId), SchoolId = r.W.School.Id, AcademicYearId = r.YearId,
                    StudentId = student, SubjectId = subject, Kind = FinalMarkKind.Year, Value = value,
                    Points = int.TryParse(value, out var points) ? points : null, ChangedAt = new DateTime(2026, 11, 28, 10, 0, 0, DateTimeKind.Utc),
                });
            }

            await db.SaveChangesAsync();
        });

    /// <summary>
    /// The second quarter of the hand-counted class (see <see cref="ClassPeriodReportTests"/>): six students counted (Анна,
    /// Борис, Вера who arrived on 10.11, Егор, Жанна, Илья), Глеб who left and Дарья who moved have marks that must not count.
    /// </summary>
    public static Task SetSecondQuarterAsync(this PartaAppFactory app, ReportWorld r)
    {
        var (m, ru, pe) = (r.MathsSubject, r.RussianSubject, r.PeSubject);
        var w = r.W;
        return app.SetPeriodMarksAsync(r, w.SecondQuarter,
            (w.Anna, m, "5"), (w.Anna, ru, "5"), (w.Anna, pe, "осв"),
            (w.Boris, m, "4"), (w.Boris, ru, "5"), (w.Boris, pe, "зач"),
            (w.Vera, m, "5"), (w.Vera, ru, "3"), (w.Vera, pe, "зач"),
            (r.Egor, m, "н/а"), (r.Egor, ru, "3"), (r.Egor, pe, "зач"),
            (r.Zhanna, m, "4"), (r.Zhanna, ru, "4"), (r.Zhanna, pe, "незач"),
            (r.Ilya, m, "2"), (r.Ilya, ru, "1"), (r.Ilya, pe, "зач"),
            (w.Gleb, m, "2"), (w.Gleb, ru, "2"),
            (w.Darya, m, "2"));
    }

    /// <summary>An attendance cell written straight into the database (a lesson after today, which the journal refuses).</summary>
    public static Task SetAttendanceDirectAsync(this PartaAppFactory app, ReportWorld r, Guid lessonId, Guid studentId, string code) =>
        app.WithDbAsync(r.W.School.Id, async db =>
        {
            db.Attendance.Add(new Attendance
            {
                Id = CellId.For(lessonId, studentId), SchoolId = r.W.School.Id, LessonId = lessonId, StudentId = studentId, Code = code,
                ChangedAt = new DateTime(2026, 11, 28, 10, 0, 0, DateTimeKind.Utc),
            });
            await db.SaveChangesAsync();
        });
}
