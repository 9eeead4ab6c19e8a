using System.Net;
using Microsoft.EntityFrameworkCore;
using Parta.Grading;
using Parta.Organisation;
using Parta.Web.Tests.Infrastructure;
using Parta.Web.Tests.Journal;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Parta.Web.Tests.Reports;

/// <summary>
/// The journal world (<see cref="JournalWorld"/>) with what the printed documents show: in mathematics Анна has 5 on
/// Monday 09.11 (topic «Сложение дробей», homework «№ 125») and 4 on Tuesday 10.11 (weighted average 4,50), Борис is
/// absent («Н») on 10.11 and ill («Б») on Monday 16.11; final marks: Анна mathematics 1st quarter 5, 2nd quarter 4,
/// exam 5 (the curriculum of grade 5 has an exam in mathematics); Борис Russian 2nd quarter «н/а».
/// </summary>
internal static class ReportDocumentsData
{
    public const string Topic = "Сложение дробей";
    public const string Homework = "№ 125";
    public static readonly DateOnly Nov9 = new(2026, 11, 9);
    public static readonly DateOnly Nov10 = new(2026, 11, 10);
    public static readonly DateOnly Nov16 = new(2026, 11, 16);

    public static async Task<JournalWorld> CreateDocumentsWorldAsync(this PartaAppFactory app)
    {
        var w = await app.CreateJournalWorldAsync();
        using var api = await app.ApiAsAsync(w.Teacher);
        var nov9 = await app.LessonAsync(w, w.Maths, Nov9);
        var nov10 = await app.LessonAsync(w, w.Maths, Nov10);
        var nov16 = await app.LessonAsync(w, w.Maths, Nov16);
        await api.SetMarkAsync(await api.AddAssessmentAsync(nov9, "answer"), w.Anna, "5");
        await api.SetMarkAsync(await api.AddAssessmentAsync(nov10, "answer"), w.Anna, "4");
        foreach (var (lesson, code) in new[] { (nov10, "Н"), (nov16, "Б") })
        {
            using var absent = await api.PutAttendanceAsync(lesson, w.Boris, new { code });
            Assert.Equal(HttpStatusCode.OK, absent.StatusCode);
        }

        await app.WithDbAsync(w.School.Id, async db =>
        {
            var lesson = await db.Lessons.SingleAsync(l => l.Id == nov9);
            lesson.Topic = Topic;
            lesson.Homework = Homework;
            var year = await db.SchoolClasses.Where(c => c.Id == w.ClassId).Select(c => c.AcademicYearId).SingleAsync();
            var maths = await SubjectAsync(db, w.Maths);
            db.CurriculumLines.Add(new CurriculumLine { SchoolId = w.School.Id, AcademicYearId = year, SubjectId = maths, Grade = 5, HoursPerWeek = 4, Exam = true });
            await db.SaveChangesAsync();
        });
        await app.SetFinalMarkAsync(w, w.Maths, w.Anna, FinalMarkKind.Period, w.FirstQuarter, "5");
        await app.SetFinalMarkAsync(w, w.Maths, w.Anna, FinalMarkKind.Period, w.SecondQuarter, "4");
        await app.SetFinalMarkAsync(w, w.Maths, w.Anna, FinalMarkKind.Exam, null, "5");
        await app.SetFinalMarkAsync(w, w.Russian, w.Boris, FinalMarkKind.Period, w.SecondQuarter, "н/а");
        return w;
    }

    /// <summary>Writes a final mark straight into the database (the period-mark sheet is not these tests' subject).</summary>
    public static Task SetFinalMarkAsync(this PartaAppFactory app, JournalWorld w, Guid assignmentId, Guid studentId, FinalMarkKind kind, Guid? periodId, string value) =>
        app.WithDbAsync(w.School.Id, async db =>
        {
            var subject = await SubjectAsync(db, assignmentId);
            var year = await db.SchoolClasses.Where(c => c.Id == w.ClassId).Select(c => c.AcademicYearId).SingleAsync();
            db.FinalMarks.Add(new FinalMark
            {
                Id = FinalMark.IdFor(studentId, subject, kind, periodId ?? year), SchoolId = w.School.Id, AcademicYearId = year, StudentId = studentId,
                SubjectId = subject, Kind = kind, PeriodId = periodId, Value = value, Points = int.TryParse(value, out var points) ? points : null,
                ChangedAt = new DateTime(2026, 11, 30, 10, 0, 0, DateTimeKind.Utc),
            });
            await db.SaveChangesAsync();
        });

    private static Task<Guid> SubjectAsync(Parta.Data.PartaDbContext db, Guid assignmentId) =>
        db.TeachingAssignments.Where(a => a.Id == assignmentId).Select(a => a.SubjectId).SingleAsync();

    /// <summary>A PDF answer: 200, <c>application/pdf</c>, and the text of each page (words joined by spaces).</summary>
    public static async Task<IReadOnlyList<string>> PdfPagesAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var pdf = PdfDocument.Open(bytes);
        return pdf.GetPages().Select(TextOf).ToList();
    }

    /// <summary>A page's text as it is read: lines from the top (words whose baselines are within 3 points), words from the left.</summary>
    private static string TextOf(Page page)
    {
        var lines = new List<List<Word>>();
        foreach (var word in page.GetWords().OrderByDescending(w => w.BoundingBox.Bottom))
        {
            if (lines.Count == 0 || Math.Abs(lines[^1][0].BoundingBox.Bottom - word.BoundingBox.Bottom) > 3)
            {
                lines.Add([]);
            }

            lines[^1].Add(word);
        }

        return string.Join(" ", lines.Select(l => string.Join(" ", l.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text))));
    }
}
