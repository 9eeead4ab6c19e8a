using System.Net.Http.Headers;
using System.Text.Json;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Journal;
using Parta.Movement;
using Parta.Organisation;
using Parta.Scheduling;
using Parta.Web.Tests.Infrastructure;
using Parta.Web.Tests.Scheduling;

namespace Parta.Web.Tests.Journal;

/// <summary>
/// A school for the journal grid's tests. The test clock stands on Monday 30.11.2026. 5А has mathematics (Иванова,
/// an account) every weekday, 1st lesson, from 02.11; the period «2 четверть» runs 02.11–27.12. On 04.11 a public holiday
/// (no lesson), on 06.11 the lesson is cancelled, on 09.11 Сидорова substitutes. Алексеев Пётр is in the class all year;
/// Борисова Вера arrived on 10.11; Волков Иван left on 20.11. The class teacher (an account) teaches nothing here.
/// </summary>
internal sealed record JournalSchool(
    TestSchool School, Guid ClassId, Guid Assignment, Guid OtherAssignment, TestUser Teacher, TestUser ClassTeacher, TestUser OtherTeacher,
    Guid Alekseev, Guid Borisova, Guid Volkov, Guid Sidorova)
{
    public static readonly DateOnly Today = new(2026, 11, 30);
}

internal static class JournalGridData
{
    public static async Task<JournalSchool> CreateJournalSchoolAsync(this PartaAppFactory app)
    {
        var school = await app.CreateSchoolAsync();
        var yearId = await app.CurrentYearAsync(school);
        var teacher = await app.CreateUserAsync(school, SchoolRole.Teacher, lastName: "Иванова");
        var classTeacher = await app.CreateUserAsync(school, SchoolRole.Teacher, lastName: "Руководителева");
        var otherTeacher = await app.CreateUserAsync(school, SchoolRole.Teacher, lastName: "Петрова");
        var classId = await app.CreateClassAsync(school, 5, "А");
        await app.MakeClassTeacherAsync(school, classId, classTeacher);
        var maths = await app.CreateSubjectAsync(school, "Математика", "Матем.");
        var russian = await app.CreateSubjectAsync(school, "Русский язык", "Рус. яз.");
        var ivanova = await app.CreateStaffAsync(school, "Иванова", teacher);
        var petrova = await app.CreateStaffAsync(school, "Петрова", otherTeacher);
        var sidorova = await app.CreateStaffAsync(school, "Сидорова");
        var assignment = await app.CreateAssignmentAsync(school, ivanova, maths, classId, null, 5);
        var other = await app.CreateAssignmentAsync(school, petrova, russian, classId, null, 5);
        await app.WithDbAsync(school.Id, async db =>
        {
            db.PeriodSchemes.Add(new PeriodScheme
            {
                SchoolId = school.Id, AcademicYearId = yearId, Name = "Четверти", Kind = PeriodKind.Quarter,
                Periods =
                [
                    new Period { SchoolId = school.Id, Number = 1, Name = "1 четверть", Start = new(2026, 9, 1), End = new(2026, 10, 25), Closed = true },
                    new Period { SchoolId = school.Id, Number = 2, Name = "2 четверть", Start = new(2026, 11, 2), End = new(2026, 12, 27) },
                ],
            });
            db.CalendarEntries.Add(new CalendarEntry
            {
                SchoolId = school.Id, AcademicYearId = yearId, Kind = CalendarEntryKind.PublicHoliday, Name = "День народного единства",
                Start = new(2026, 11, 4), End = new(2026, 11, 4),
            });
            db.Bells.Add(new Bell { SchoolId = school.Id, Shift = 1, Number = 1, Start = new(8, 30), End = new(9, 15) });
            db.Bells.Add(new Bell { SchoolId = school.Id, Shift = 1, Number = 2, Start = new(9, 25), End = new(10, 10) });
            var timetable = new Timetable { SchoolId = school.Id, AcademicYearId = yearId, ValidFrom = TestData.YearStart };
            db.Timetables.Add(timetable);
            for (var day = 1; day <= 5; day++)
            {
                db.TimetableEntries.Add(new TimetableEntry { SchoolId = school.Id, TimetableId = timetable.Id, Day = day, Number = 1, TeachingAssignmentId = assignment });
                db.TimetableEntries.Add(new TimetableEntry { SchoolId = school.Id, TimetableId = timetable.Id, Day = day, Number = 2, TeachingAssignmentId = other });
            }

            await db.SaveChangesAsync();
        });
        await app.RefreshAsync(school.Id, new DateOnly(2026, 9, 1), new DateOnly(2026, 12, 27));
        await app.WithDbAsync(school.Id, async db =>
        {
            var cancelled = await db.Lessons.SingleAsync(l => l.TeachingAssignmentId == assignment && l.Date == new DateOnly(2026, 11, 6));
            cancelled.Change = LessonChangeKind.Cancelled;
            var substituted = await db.Lessons.SingleAsync(l => l.TeachingAssignmentId == assignment && l.Date == new DateOnly(2026, 11, 9));
            substituted.Change = LessonChangeKind.Substitution;
            substituted.TeacherId = sidorova;
            await db.SaveChangesAsync();
        });
        var alekseev = await app.AddStudentAsync(school, classId, "Алексеев", "Пётр", "Ильич");
        var borisova = await app.AddStudentAsync(school, classId, "Борисова", "Вера", "Олеговна", admittedOn: new DateOnly(2026, 11, 10));
        var volkov = await app.AddStudentAsync(school, classId, "Волков", "Иван", null);
        await app.RecordMovementAsync(school, volkov, MovementKind.Withdrawal, null, new DateOnly(2026, 11, 20));
        return new JournalSchool(school, classId, assignment, other, teacher, classTeacher, otherTeacher, alekseev, borisova, volkov, sidorova);
    }

    public static Task<Guid> LessonIdAsync(this PartaAppFactory app, JournalSchool s, DateOnly date, Guid? assignment = null) =>
        app.WithDbAsync(s.School.Id, db => db.Lessons.Where(l => l.TeachingAssignmentId == (assignment ?? s.Assignment) && l.Date == date).Select(l => l.Id).SingleAsync());

    /// <summary>An assessment («answer», weight 1, or the code given) on the lesson of the date.</summary>
    public static async Task<Guid> AssessmentAsync(this PartaAppFactory app, JournalSchool s, DateOnly date, string workType = "answer")
    {
        var lessonId = await app.LessonIdAsync(s, date);
        return await app.WithDbAsync(s.School.Id, async db =>
        {
            await JournalSettings.LoadAsync(db, s.School.Id);
            var type = await db.WorkTypes.SingleAsync(w => w.Code == workType);
            var a = new Assessment { SchoolId = s.School.Id, LessonId = lessonId, WorkTypeId = type.Id, Number = 1 + await db.Assessments.CountAsync(x => x.LessonId == lessonId) };
            db.Assessments.Add(a);
            await db.SaveChangesAsync();
            return a.Id;
        });
    }

    /// <summary>Posts a cell to a grid handler as the grid's script does: the page's anti-forgery token in the header.</summary>
    public static async Task<(int Status, JsonElement Body)> PostCellAsync(this HttpClient client, JournalSchool s, string handler, IDictionary<string, string> fields)
    {
        var page = await client.GetDocumentAsync($"/Journal/Grid?assignmentId={s.Assignment}");
        var token = page.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/Journal/Grid?handler={handler}") { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("X-CSRF-TOKEN", token);
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    public static IReadOnlyList<string> LessonHeads(IDocument grid) =>
        grid.QuerySelectorAll("#journal-grid thead tr:first-child th.jg-lesson").Select(th => th.QuerySelector("a")!.FirstChild!.TextContent.Trim()).ToList();

    public static IElement Row(IDocument grid, Guid studentId) => grid.QuerySelector($"#journal-grid tr[data-student='{studentId}']")!;
}
