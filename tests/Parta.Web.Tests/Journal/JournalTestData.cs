using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
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
/// A school whose journals the journal's tests read and write. Class 5Ж: mathematics by Иванова (the teacher's account)
/// on Monday 1, Tuesday 1, Wednesday 2 and Friday 1; Russian by Петрова (an account of its own); physical education
/// (pass/fail) by Иванова on Thursday 1. Class 5И: mathematics by Иванова on Tuesday 2. Students of 5Ж: Анна and Борис all
/// year, Вера arriving on Tuesday 10.11, Глеб leaving on Wednesday 18.11, Дарья transferred to 5И on Monday 16.11. The
/// class teacher of 5Ж (Руководителева) teaches nothing in it. Quarters: the first (01.09–24.10) closed, the second
/// (05.11–27.12) open; autumn holidays 26.10–04.11; a day off on Friday 04.12; Wednesday 25.11's mathematics cancelled;
/// Friday 27.11's mathematics given by Петрова. The test clock's today is Monday 30.11.2026; the school's late-entry days 3.
/// </summary>
internal sealed record JournalWorld(
    TestSchool School, Guid ClassId, Guid OtherClassId, Guid Maths, Guid Russian, Guid Pe, Guid OtherMaths,
    Guid Anna, Guid Boris, Guid Vera, Guid Gleb, Guid Darya, Guid FirstQuarter, Guid SecondQuarter,
    TestUser Teacher, TestUser Petrova, TestUser ClassTeacher, TestUser Director, TestUser Parent, TestUser AnnaAccount)
{
    public static readonly DateOnly Today = new(2026, 11, 30);
    public static readonly DateOnly VeraArrives = new(2026, 11, 10);
    public static readonly DateOnly GlebLeaves = new(2026, 11, 18);
    public static readonly DateOnly DaryaMoves = new(2026, 11, 16);
    public static readonly DateOnly Cancelled = new(2026, 11, 25);
    public static readonly DateOnly Substituted = new(2026, 11, 27);
    public static readonly DateOnly DayOff = new(2026, 12, 4);
    public static readonly DateOnly SecondQuarterStart = new(2026, 11, 5);
    public static readonly DateOnly SecondQuarterEnd = new(2026, 12, 27);

    /// <summary>The weekdays of 5Ж's mathematics and their lesson numbers.</summary>
    public static readonly IReadOnlyDictionary<DayOfWeek, int> MathsDays = new Dictionary<DayOfWeek, int>
    {
        [DayOfWeek.Monday] = 1, [DayOfWeek.Tuesday] = 1, [DayOfWeek.Wednesday] = 2, [DayOfWeek.Friday] = 1,
    };
}

internal static class JournalTestData
{
    public static async Task<JournalWorld> CreateJournalWorldAsync(this PartaAppFactory app)
    {
        var school = await app.CreateSchoolAsync();
        var yearId = await app.CurrentYearAsync(school);
        var teacher = await app.CreateUserAsync(school, SchoolRole.Teacher, lastName: "Иванова");
        var petrovaAccount = await app.CreateUserAsync(school, SchoolRole.Teacher, lastName: "Петрова");
        var classTeacher = await app.CreateUserAsync(school, SchoolRole.Teacher, lastName: "Руководителева");
        var director = await app.CreateUserAsync(school, SchoolRole.Director, lastName: "Директорова");
        var parent = await app.CreateUserAsync(school, SchoolRole.Parent, lastName: "Родителева");
        var annaAccount = await app.CreateUserAsync(school, SchoolRole.Student, lastName: "Аннина");

        var classId = await app.CreateClassAsync(school, 5, "Ж");
        var otherClassId = await app.CreateClassAsync(school, 5, "И");
        await app.MakeClassTeacherAsync(school, classId, classTeacher);
        var anna = await app.AddStudentAsync(school, classId, "Антонова", "Анна", "Сергеевна", annaAccount);
        await app.AddGuardianAsync(school, anna, "Антонова", "Мария", "мать", account: parent);
        var boris = await app.AddStudentAsync(school, classId, "Борисов", "Борис", "Ильич");
        var vera = await app.AddStudentAsync(school, classId, "Васильева", "Вера", "Олеговна", admittedOn: JournalWorld.VeraArrives);
        var gleb = await app.AddStudentAsync(school, classId, "Глебов", "Глеб", "Петрович");
        var darya = await app.AddStudentAsync(school, classId, "Дарьина", "Дарья", "Ивановна");
        await app.RecordMovementAsync(school, gleb, MovementKind.Withdrawal, null, JournalWorld.GlebLeaves, "12-в");
        await app.RecordMovementAsync(school, darya, MovementKind.Transfer, otherClassId, JournalWorld.DaryaMoves, "13-у");

        var ivanova = await app.CreateStaffAsync(school, "Иванова", teacher);
        var petrova = await app.CreateStaffAsync(school, "Петрова", petrovaAccount);
        var mathsSubject = await app.CreateSubjectAsync(school, "Математика", "матем.");
        var russianSubject = await app.CreateSubjectAsync(school, "Русский язык", "рус. яз.");
        var peSubject = await app.CreateSubjectAsync(school, "Физическая культура", "физ-ра");
        await app.WithDbAsync(school.Id, async db =>
        {
            (await db.Subjects.SingleAsync(s => s.Id == peSubject)).Scale = MarkScale.PassFail;
            await db.SaveChangesAsync();
        });
        var maths = await app.CreateAssignmentAsync(school, ivanova, mathsSubject, classId, null, 4);
        var russian = await app.CreateAssignmentAsync(school, petrova, russianSubject, classId, null, 1);
        var pe = await app.CreateAssignmentAsync(school, ivanova, peSubject, classId, null, 1);
        var otherMaths = await app.CreateAssignmentAsync(school, ivanova, mathsSubject, otherClassId, null, 1);

        var (first, second) = await app.WithDbAsync(school.Id, async db =>
        {
            var scheme = new PeriodScheme { SchoolId = school.Id, AcademicYearId = yearId, Name = "Четверти", Kind = PeriodKind.Quarter };
            var q1 = new Period { SchoolId = school.Id, PeriodSchemeId = scheme.Id, Number = 1, Name = "1 четверть", Start = new(2026, 9, 1), End = new(2026, 10, 24), Closed = true };
            var q2 = new Period { SchoolId = school.Id, PeriodSchemeId = scheme.Id, Number = 2, Name = "2 четверть", Start = JournalWorld.SecondQuarterStart, End = JournalWorld.SecondQuarterEnd };
            scheme.Periods.Add(q1);
            scheme.Periods.Add(q2);
            db.PeriodSchemes.Add(scheme);
            db.CalendarEntries.AddRange(
                new CalendarEntry { SchoolId = school.Id, AcademicYearId = yearId, Kind = CalendarEntryKind.Holidays, Name = "Осенние каникулы", Start = new(2026, 10, 26), End = new(2026, 11, 4) },
                new CalendarEntry { SchoolId = school.Id, AcademicYearId = yearId, Kind = CalendarEntryKind.DayOff, Name = "Перенесённый выходной", Start = JournalWorld.DayOff, End = JournalWorld.DayOff });
            await db.SaveChangesAsync();
            return (q1.Id, q2.Id);
        });

        await app.AddBellsAsync(school);
        var timetable = await app.CreateTimetableAsync(school, TestData.YearStart);
        foreach (var (day, number) in JournalWorld.MathsDays)
        {
            await app.AddTimetableLineAsync(school, timetable, (int)day, number, maths, null);
        }

        await app.AddTimetableLineAsync(school, timetable, 4, 2, russian, null);
        await app.AddTimetableLineAsync(school, timetable, 4, 1, pe, null);
        await app.AddTimetableLineAsync(school, timetable, 2, 2, otherMaths, null);
        await app.AddChangeAsync(school, new LessonChange
        {
            SchoolId = school.Id, Date = JournalWorld.Cancelled, Kind = LessonChangeKind.Cancelled, TeachingAssignmentId = maths, Number = 2, Reason = "экскурсия",
        });
        await app.AddChangeAsync(school, new LessonChange
        {
            SchoolId = school.Id, Date = JournalWorld.Substituted, Kind = LessonChangeKind.Substitution, TeachingAssignmentId = maths, Number = 1,
            SubstituteId = petrova, Reason = "курсы",
        });
        await app.RefreshLessonsAsync(school, TestData.YearStart, new DateOnly(2026, 12, 31));

        return new JournalWorld(
            school, classId, otherClassId, maths, russian, pe, otherMaths, anna, boris, vera, gleb, darya, first, second,
            teacher, petrovaAccount, classTeacher, director, parent, annaAccount);
    }

    /// <summary>The id of an assignment's lesson on a date.</summary>
    public static Task<Guid> LessonAsync(this PartaAppFactory app, JournalWorld w, Guid assignmentId, DateOnly date) =>
        app.WithDbAsync(w.School.Id, db => db.Lessons.Where(l => l.TeachingAssignmentId == assignmentId && l.Date == date).Select(l => l.Id).SingleAsync());

    public static async Task<HttpClient> ApiAsAsync(this PartaAppFactory app, TestUser user) =>
        app.ApiClient(await app.TokenAsync(user.Login, user.Password));

    /// <summary>Adds an assessment of a work type (by code) to a lesson through the API; it must be created.</summary>
    public static async Task<Guid> AddAssessmentAsync(this HttpClient api, Guid lessonId, string workType, string? title = null)
    {
        using var response = await api.PostAsJsonAsync($"/api/v1/lessons/{lessonId}/assessments", new { workType, title });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static Task<HttpResponseMessage> PutMarkAsync(this HttpClient api, Guid assessmentId, Guid studentId, object body) =>
        api.PutAsJsonAsync($"/api/v1/assessments/{assessmentId}/marks/{studentId}", body);

    public static Task<HttpResponseMessage> PutAttendanceAsync(this HttpClient api, Guid lessonId, Guid studentId, object body) =>
        api.PutAsJsonAsync($"/api/v1/lessons/{lessonId}/attendance/{studentId}", body);

    /// <summary>Sets a mark through the API; it must be saved.</summary>
    public static async Task SetMarkAsync(this HttpClient api, Guid assessmentId, Guid studentId, string value)
    {
        using var response = await api.PutMarkAsync(assessmentId, studentId, new { value });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    public static async Task<JsonElement> JournalAsync(this HttpClient api, Guid assignmentId, Guid periodId) =>
        await api.GetFromJsonAsync<JsonElement>($"/api/v1/teaching-assignments/{assignmentId}/journal?periodId={periodId}");

    /// <summary>A student's <c>weighted</c> in a journal's <c>averages</c>.</summary>
    public static JsonElement WeightedOf(this JsonElement journal, Guid studentId) =>
        journal.GetProperty("averages").EnumerateArray().Single(a => a.GetProperty("studentId").GetGuid() == studentId).GetProperty("weighted");

    public static async Task<string> TitleAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString() ?? "";
}
