using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Parta.Access;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.Journal;

/// <summary>The journal API (the «Journal» part of the contract) and every rule of the journal as a client meets it.</summary>
public sealed class JournalApiTests(TestApps apps)
{
    private static readonly DateOnly Monday9 = new(2026, 11, 9);
    private static readonly DateOnly Tuesday10 = new(2026, 11, 10);
    private static readonly DateOnly Tuesday17 = new(2026, 11, 17);
    private static readonly DateOnly Monday23 = new(2026, 11, 23);
    private static readonly DateOnly Tomorrow = new(2026, 12, 1);
    private static readonly DateOnly ClosedMonday = new(2026, 10, 19);

    // ---- The journal read, the averages ----

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task GetJournal_GivesTheContractFields_AndTheWeightedAverageByHand(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await app.CreateJournalWorldAsync();
        using var api = await app.ApiAsAsync(w.Teacher);
        var lesson = await app.LessonAsync(w, w.Maths, Monday9);
        var answer = await api.AddAssessmentAsync(lesson, "answer");
        var control = await api.AddAssessmentAsync(lesson, "control", "Контрольная работа №1");
        var test = await api.AddAssessmentAsync(lesson, "test");
        using var topic = await api.PutAsJsonAsync($"/api/v1/lessons/{lesson}", new { topic = "Сложение дробей", homework = "№ 245, 247" });
        await api.SetMarkAsync(answer, w.Anna, "5");
        await api.SetMarkAsync(control, w.Anna, "3");
        await api.SetMarkAsync(test, w.Anna, "4");
        using var absent = await api.PutAttendanceAsync(lesson, w.Boris, new { code = "Н" });

        var journal = await api.JournalAsync(w.Maths, w.SecondQuarter);

        Assert.Equal(HttpStatusCode.OK, topic.StatusCode);
        Assert.Equal(HttpStatusCode.OK, absent.StatusCode);
        Assert.Equal(["lessons", "students", "marks", "attendance", "averages"], journal.EnumerateObject().Select(p => p.Name));
        var column = journal.GetProperty("lessons").EnumerateArray().Single(l => l.GetProperty("id").GetGuid() == lesson);
        Assert.Equal(["id", "date", "number", "topic", "homework", "assessments"], column.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2026-11-09", column.GetProperty("date").GetString());
        Assert.Equal("Сложение дробей", column.GetProperty("topic").GetString());
        Assert.Equal("№ 245, 247", column.GetProperty("homework").GetString());
        var assessments = column.GetProperty("assessments").EnumerateArray().ToList();
        Assert.Equal(["answer", "control", "test"], assessments.Select(a => a.GetProperty("workType").GetString()));
        Assert.Equal([1m, 3m, 2m], assessments.Select(a => a.GetProperty("weight").GetDecimal()));
        Assert.Equal("Контрольная работа №1", assessments[1].GetProperty("title").GetString());
        Assert.Equal(["id", "workType", "weight", "title"], assessments[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(3, journal.GetProperty("marks").EnumerateArray().Count(m => m.GetProperty("studentId").GetGuid() == w.Anna));
        var attendance = Assert.Single(journal.GetProperty("attendance").EnumerateArray());
        Assert.Equal("Н", attendance.GetProperty("code").GetString());
        // (5×1 + 3×3 + 4×2) / (1 + 3 + 2) = 22 / 6 = 3.666…
        Assert.Equal(3.67m, journal.WeightedOf(w.Anna).GetDecimal());
        Assert.Equal(JsonValueKind.Null, journal.WeightedOf(w.Boris).ValueKind);
        Assert.Equal(journal.GetProperty("students").GetArrayLength(), journal.GetProperty("averages").GetArrayLength());
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Average_PassFailMarks_AreNotCounted(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await app.CreateJournalWorldAsync();
        using var api = await app.ApiAsAsync(w.Teacher);
        var pe = await api.AddAssessmentAsync(await app.LessonAsync(w, w.Pe, new DateOnly(2026, 11, 12)), "answer");

        using var five = await api.PutMarkAsync(pe, w.Anna, new { value = "5" });
        using var pass = await api.PutMarkAsync(pe, w.Anna, new { value = "зачёт" });
        var journal = await api.JournalAsync(w.Pe, w.SecondQuarter);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, five.StatusCode);
        Assert.Equal("зач", (await pass.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("value").GetString());
        Assert.Equal("зач", Assert.Single(journal.GetProperty("marks").EnumerateArray()).GetProperty("value").GetString());
        Assert.Equal(JsonValueKind.Null, journal.WeightedOf(w.Anna).ValueKind);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Average_StudentWhoChangedClass_CountsOnlyTheMarksOfEachJournal(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await app.CreateJournalWorldAsync();
        using var api = await app.ApiAsAsync(w.Teacher);
        var inOldClass = await api.AddAssessmentAsync(await app.LessonAsync(w, w.Maths, Tuesday10), "control");
        var inNewClass = await api.AddAssessmentAsync(await app.LessonAsync(w, w.OtherMaths, Tuesday17), "answer");
        var newClassBeforeMove = await api.AddAssessmentAsync(await app.LessonAsync(w, w.OtherMaths, Tuesday10), "answer");
        var oldClassAfterMove = await api.AddAssessmentAsync(await app.LessonAsync(w, w.Maths, Tuesday17), "answer");
        await api.SetMarkAsync(inOldClass, w.Darya, "2");
        await api.SetMarkAsync(inNewClass, w.Darya, "5");

        using var beforeMove = await api.PutMarkAsync(newClassBeforeMove, w.Darya, new { value = "4" });
        using var afterMove = await api.PutMarkAsync(oldClassAfterMove, w.Darya, new { value = "4" });
        var oldJournal = await api.JournalAsync(w.Maths, w.SecondQuarter);
        var newJournal = await api.JournalAsync(w.OtherMaths, w.SecondQuarter);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, beforeMove.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, afterMove.StatusCode);
        Assert.Equal(2.00m, oldJournal.WeightedOf(w.Darya).GetDecimal());
        Assert.Equal(5.00m, newJournal.WeightedOf(w.Darya).GetDecimal());
        Assert.Equal([w.Darya], newJournal.GetProperty("students").EnumerateArray().Select(s => s.GetProperty("id").GetGuid()));
    }

    // ---- Rows and columns ----

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Rows_FollowTheMovementBook_OnTheBoundaryDates(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await app.CreateJournalWorldAsync();
        using var api = await app.ApiAsAsync(w.Teacher);
        var dayBeforeArrival = await api.AddAssessmentAsync(await app.LessonAsync(w, w.Maths, Monday9), "answer");
        var arrival = await api.AddAssessmentAsync(await app.LessonAsync(w, w.Maths, JournalWorld.VeraArrives), "answer");
        var dayBeforeLeaving = await api.AddAssessmentAsync(await app.LessonAsync(w, w.Maths, Tuesday17), "answer");
        var leaving = await api.AddAssessmentAsync(await app.LessonAsync(w, w.Maths, JournalWorld.GlebLeaves), "answer");

        using var veraBefore = await api.PutMarkAsync(dayBeforeArrival, w.Vera, new { value = "5" });
        using var veraOnArrival = await api.PutMarkAsync(arrival, w.Vera, new { value = "5" });
        using var veraAbsentBefore = await api.PutAttendanceAsync(await app.LessonAsync(w, w.Maths, Monday9), w.Vera, new { code = "Н" });
        using var glebBefore = await api.PutMarkAsync(dayBeforeLeaving, w.Gleb, new { value = "4" });
        using var glebOnLeaving = await api.PutMarkAsync(leaving, w.Gleb, new { value = "4" });
        var journal = await api.JournalAsync(w.Maths, w.SecondQuarter);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, veraBefore.StatusCode);
        Assert.Contains("нет в списке класса", await veraBefore.TitleAsync());
        Assert.Equal(HttpStatusCode.OK, veraOnArrival.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, veraAbsentBefore.StatusCode);
        Assert.Equal(HttpStatusCode.OK, glebBefore.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, glebOnLeaving.StatusCode);
        Assert.Equal(
            ["Антонова Анна Сергеевна", "Борисов Борис Ильич", "Васильева Вера Олеговна", "Глебов Глеб Петрович", "Дарьина Дарья Ивановна"],
            journal.GetProperty("students").EnumerateArray().Select(s => s.GetProperty("fullName").GetString()));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Columns_AreTheDatedLessons_WithSubstitutions_WithoutHolidaysAndCancelledLessons(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await app.CreateJournalWorldAsync();
        using var api = await app.ApiAsAsync(w.Teacher);
        var expected = new List<string>();
        for (var d = JournalWorld.SecondQuarterStart; d <= JournalWorld.SecondQuarterEnd; d = d.AddDays(1))
        {
            if (JournalWorld.MathsDays.TryGetValue(d.DayOfWeek, out var number) && d != JournalWorld.Cancelled && d != JournalWorld.DayOff)
            {
                expected.Add($"{d:yyyy-MM-dd} {number}");
            }
        }

        var journal = await api.JournalAsync(w.Maths, w.SecondQuarter);

        var columns = journal.GetProperty("lessons").EnumerateArray()
            .Select(l => $"{l.GetProperty("date").GetString()} {l.GetProperty("number").GetInt32()}").ToList();
        Assert.Equal(expected, columns);
        Assert.Contains("2026-11-27 1", columns);
        Assert.DoesNotContain(columns, c => c.StartsWith("2026-11-25", StringComparison.Ordinal) || c.StartsWith("2026-12-04", StringComparison.Ordinal));
    }

    // ---- Refusals ----

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task PutMark_OffTheScale_Is422WithTheValueField(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await app.CreateJournalWorldAsync();
        using var api = await app.ApiAsAsync(w.Teacher);
        var assessment = await api.AddAssessmentAsync(await app.LessonAsync(w, w.Maths, Monday9), "answer");

        using var six = await api.PutMarkAsync(assessment, w.Anna, new { value = "6" });
        using var pass = await api.PutMarkAsync(assessment, w.Anna, new { value = "зач" });

        foreach (var response in new[] { six, pass })
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("value");
            Assert.Contains("5, 4, 3, 2, 1", errors[0].GetString());
        }
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task MarkWithAbsence_AndAbsenceWithMark_AreRefused(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await app.CreateJournalWorldAsync();
        using var api = await app.ApiAsAsync(w.Teacher);
        var lesson = await app.LessonAsync(w, w.Maths, Monday9);
        var assessment = await api.AddAssessmentAsync(lesson, "answer");
        using var annaAbsent = await api.PutAttendanceAsync(lesson, w.Anna, new { code = "н" });
        await api.SetMarkAsync(assessment, w.Boris, "4");

        using var markOnAbsence = await api.PutMarkAsync(assessment, w.Anna, new { value = "5" });
        using var absenceOnMark = await api.PutAttendanceAsync(lesson, w.Boris, new { code = "Б" });
        using var lateIsNoAbsence = await api.PutAttendanceAsync(lesson, w.Boris, new { code = "ОП" });

        Assert.Equal("Н", (await annaAbsent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, markOnAbsence.StatusCode);
        Assert.Contains("«Н»", (await markOnAbsence.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("value")[0].GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, absenceOnMark.StatusCode);
        Assert.Contains("«4»", (await absenceOnMark.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("code")[0].GetString());
        Assert.Equal(HttpStatusCode.OK, lateIsNoAbsence.StatusCode);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task FutureLesson_RefusesMarksAndAttendance_ButTakesTopicAndHomework(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await app.CreateJournalWorldAsync();
        using var api = await app.ApiAsAsync(w.Teacher);
        var lesson = await app.LessonAsync(w, w.Maths, Tomorrow);
        var assessment = await api.AddAssessmentAsync(lesson, "test");

        using var mark = await api.PutMarkAsync(assessment, w.Anna, new { value = "5" });
        using var absence = await api.PutAttendanceAsync(lesson, w.Anna, new { code = "Н" });
        using var details = await api.PutAsJsonAsync($"/api/v1/lessons/{lesson}", new { topic = "Деление дробей", homework = "§ 12" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, mark.StatusCode);
        Assert.Contains("01.12.2026 ещё не прошёл", await mark.TitleAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, absence.StatusCode);
        Assert.Equal(HttpStatusCode.OK, details.StatusCode);
        var saved = await details.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["id", "date", "number", "topic", "homework"], saved.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Деление дробей", saved.GetProperty("topic").GetString());
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task ClosedPeriod_NeedsTheRightAndAReason_AndTheReasonIsInTheHistory(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await app.CreateJournalWorldAsync();
        using var teacher = await app.ApiAsAsync(w.Teacher);
        using var director = await app.ApiAsAsync(w.Director);
        var lesson = await app.LessonAsync(w, w.Maths, ClosedMonday);

        using var teacherAdds = await teacher.PostAsJsonAsync($"/api/v1/lessons/{lesson}/assessments", new { workType = "answer" });
        using var directorAdds = await director.PostAsJsonAsync($"/api/v1/lessons/{lesson}/assessments", new { workType = "answer", reason = "Потеряна работа" });
        var assessment = (await directorAdds.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var teacherMark = await teacher.PutMarkAsync(assessment, w.Anna, new { value = "4" });
        using var withoutReason = await director.PutMarkAsync(assessment, w.Anna, new { value = "4" });
        using var withReason = await director.PutMarkAsync(assessment, w.Anna, new { value = "4", reason = "Исправление по заявлению родителей" });
        var history = await teacher.GetFromJsonAsync<JsonElement>($"/api/v1/marks/{assessment}/{w.Anna}/history");

        Assert.Equal(HttpStatusCode.Forbidden, teacherAdds.StatusCode);
        Assert.Equal(HttpStatusCode.Created, directorAdds.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, teacherMark.StatusCode);
        Assert.Contains("«1 четверть» закрыт", await teacherMark.TitleAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, withoutReason.StatusCode);
        Assert.True((await withoutReason.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal(HttpStatusCode.OK, withReason.StatusCode);
        var row = Assert.Single(history.EnumerateArray());
        Assert.Equal("Исправление по заявлению родителей", row.GetProperty("reason").GetString());
        Assert.Equal(w.Director.FullName, row.GetProperty("by").GetString());
        Assert.Equal("4", row.GetProperty("new").GetString());
    }

    // ---- Concurrent edits, idempotence, history, late entries ----

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task TwoClients_TheStaleOneGets409WithTheCurrentValue_WithoutExpectedTheApiOverwrites(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await app.CreateJournalWorldAsync();
        using var first = await app.ApiAsAsync(w.Teacher);
        using var second = await app.ApiAsAsync(w.Teacher);
        var assessment = await first.AddAssessmentAsync(await app.LessonAsync(w, w.Maths, Monday9), "answer");

        using var firstSaves = await first.PutMarkAsync(assessment, w.Anna, new { value = "4", expected = "" });
        using var secondIsStale = await second.PutMarkAsync(assessment, w.Anna, new { value = "5", expected = "" });
        var afterConflict = await first.JournalAsync(w.Maths, w.SecondQuarter);
        using var secondOverwrites = await second.PutMarkAsync(assessment, w.Anna, new { value = "5" });
        using var staleDelete = await first.DeleteAsync($"/api/v1/assessments/{assessment}/marks/{w.Anna}?expected=4");

        Assert.Equal(HttpStatusCode.OK, firstSaves.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, secondIsStale.StatusCode);
        var problem = await secondIsStale.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("4", problem.GetProperty("current").GetProperty("value").GetString());
        Assert.Contains("«4»", problem.GetProperty("title").GetString());
        Assert.Equal("4", Assert.Single(afterConflict.GetProperty("marks").EnumerateArray()).GetProperty("value").GetString());
        Assert.Equal(HttpStatusCode.OK, secondOverwrites.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, staleDelete.StatusCode);
        Assert.Equal("5", (await staleDelete.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("current").GetProperty("value").GetString());
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task PutTwice_WritesOneHistoryRow_AndEveryChangeIsInTheHistory(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await app.CreateJournalWorldAsync();
        using var api = await app.ApiAsAsync(w.Teacher);
        var assessment = await api.AddAssessmentAsync(await app.LessonAsync(w, w.Maths, Monday9), "answer");
        var history = $"/api/v1/marks/{assessment}/{w.Anna}/history";

        await api.SetMarkAsync(assessment, w.Anna, "4");
        await api.SetMarkAsync(assessment, w.Anna, "4");
        var afterTwice = await api.GetFromJsonAsync<JsonElement>(history);
        await api.SetMarkAsync(assessment, w.Anna, "5");
        using var removed = await api.DeleteAsync($"/api/v1/assessments/{assessment}/marks/{w.Anna}");
        using var removedAgain = await api.DeleteAsync($"/api/v1/assessments/{assessment}/marks/{w.Anna}");
        var rows = (await api.GetFromJsonAsync<JsonElement>(history)).EnumerateArray().ToList();

        Assert.Single(afterTwice.EnumerateArray());
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, removedAgain.StatusCode);
        Assert.Equal(["at", "by", "old", "new", "reason"], rows[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal([("5", (string?)null), ("4", "5"), (null, "4")], rows.Select(r => (r.GetProperty("old").GetString(), r.GetProperty("new").GetString())));
        Assert.All(rows, r => Assert.Equal(w.Teacher.FullName, r.GetProperty("by").GetString()));
        Assert.True(rows[0].GetProperty("at").GetDateTime() >= rows[2].GetProperty("at").GetDateTime());
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Entry_MoreThanLateEntryDaysAfterTheLesson_IsFlaggedLate(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await app.CreateJournalWorldAsync();
        using var api = await app.ApiAsAsync(w.Teacher);
        var sevenDaysAgo = await app.LessonAsync(w, w.Maths, Monday23);
        var threeDaysAgo = await app.LessonAsync(w, w.Maths, JournalWorld.Substituted);
        var old = await api.AddAssessmentAsync(sevenDaysAgo, "answer");
        var recent = await api.AddAssessmentAsync(threeDaysAgo, "answer");

        using var lateMark = await api.PutMarkAsync(old, w.Anna, new { value = "5" });
        using var timelyMark = await api.PutMarkAsync(recent, w.Anna, new { value = "5" });
        using var lateAbsence = await api.PutAttendanceAsync(sevenDaysAgo, w.Boris, new { code = "УП" });

        Assert.True((await lateMark.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("late").GetBoolean());
        Assert.False((await timelyMark.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("late").GetBoolean());
        Assert.True((await lateAbsence.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("late").GetBoolean());
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task MarkHistory_OfALessonsId_Is404(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await app.CreateJournalWorldAsync();
        using var api = await app.ApiAsAsync(w.Teacher);

        using var response = await api.GetAsync($"/api/v1/marks/{await app.LessonAsync(w, w.Maths, Monday9)}/{w.Anna}/history");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    // ---- Who reads and writes ----

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Substitute_WritesTheSubstitutedLesson_NotTheOthers(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await app.CreateJournalWorldAsync();
        using var teacher = await app.ApiAsAsync(w.Teacher);
        using var substitute = await app.ApiAsAsync(w.Petrova);
        var otherLesson = await teacher.AddAssessmentAsync(await app.LessonAsync(w, w.Maths, Monday23), "answer");

        var own = await substitute.AddAssessmentAsync(await app.LessonAsync(w, w.Maths, JournalWorld.Substituted), "answer");
        using var ownMark = await substitute.PutMarkAsync(own, w.Anna, new { value = "5" });
        using var otherMark = await substitute.PutMarkAsync(otherLesson, w.Anna, new { value = "5" });
        using var read = await substitute.GetAsync($"/api/v1/teaching-assignments/{w.Maths}/journal?periodId={w.SecondQuarter}");

        Assert.Equal(HttpStatusCode.OK, ownMark.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherMark.StatusCode);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task ClassTeacher_WhoDoesNotTeachTheSubject_ReadsButCannotWrite(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await app.CreateJournalWorldAsync();
        using var teacher = await app.ApiAsAsync(w.Teacher);
        using var classTeacher = await app.ApiAsAsync(w.ClassTeacher);
        var lesson = await app.LessonAsync(w, w.Maths, Monday9);
        var assessment = await teacher.AddAssessmentAsync(lesson, "answer");

        using var read = await classTeacher.GetAsync($"/api/v1/teaching-assignments/{w.Maths}/journal?periodId={w.SecondQuarter}");
        using var mark = await classTeacher.PutMarkAsync(assessment, w.Anna, new { value = "5" });
        using var attendance = await classTeacher.PutAttendanceAsync(lesson, w.Anna, new { code = "Н" });
        using var details = await classTeacher.PutAsJsonAsync($"/api/v1/lessons/{lesson}", new { topic = "Тема" });
        using var add = await classTeacher.PostAsJsonAsync($"/api/v1/lessons/{lesson}/assessments", new { workType = "answer" });
        using var history = await classTeacher.GetAsync($"/api/v1/marks/{assessment}/{w.Anna}/history");

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.All([mark, attendance, details, add], r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        Assert.Contains("другой учитель", await mark.TitleAsync());
        Assert.Equal(HttpStatusCode.OK, history.StatusCode);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task AnotherTeachersJournal_Is403_AnotherSchools_Is404(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await app.CreateJournalWorldAsync();
        using var teacher = await app.ApiAsAsync(w.Teacher);
        var lesson = await app.LessonAsync(w, w.Maths, Monday9);
        var assessment = await teacher.AddAssessmentAsync(lesson, "answer");
        var stranger = await app.CreateUserAsync(w.School, SchoolRole.Teacher, lastName: "Чужова");
        await app.CreateStaffAsync(w.School, "Чужова", stranger);
        var otherSchool = await app.CreateSchoolAsync();
        var outsider = await app.CreateUserAsync(otherSchool, SchoolRole.Coordinator);
        using var strangerApi = await app.ApiAsAsync(stranger);
        using var outsiderApi = await app.ApiAsAsync(outsider);

        foreach (var (api, status) in new[] { (strangerApi, HttpStatusCode.Forbidden), (outsiderApi, HttpStatusCode.NotFound) })
        {
            using var read = await api.GetAsync($"/api/v1/teaching-assignments/{w.Maths}/journal");
            using var mark = await api.PutMarkAsync(assessment, w.Anna, new { value = "5" });
            using var remove = await api.DeleteAsync($"/api/v1/lessons/{lesson}/attendance/{w.Anna}");
            using var history = await api.GetAsync($"/api/v1/marks/{assessment}/{w.Anna}/history");
            Assert.All([read, mark, remove, history], r => Assert.Equal(status, r.StatusCode));
        }
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task ParentAndStudent_NeverSeeTheJournal(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await app.CreateJournalWorldAsync();
        using var teacher = await app.ApiAsAsync(w.Teacher);
        var assessment = await teacher.AddAssessmentAsync(await app.LessonAsync(w, w.Maths, Monday9), "answer");
        await teacher.SetMarkAsync(assessment, w.Anna, "5");

        foreach (var user in new[] { w.Parent, w.AnnaAccount })
        {
            using var api = await app.ApiAsAsync(user);
            using var read = await api.GetAsync($"/api/v1/teaching-assignments/{w.Maths}/journal");
            using var mark = await api.PutMarkAsync(assessment, w.Anna, new { value = "2" });
            using var history = await api.GetAsync($"/api/v1/marks/{assessment}/{w.Anna}/history");
            Assert.All([read, mark, history], r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        }
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task UnknownPeriodOrWorkType_AreRefusedInRussian(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await app.CreateJournalWorldAsync();
        using var api = await app.ApiAsAsync(w.Teacher);

        using var period = await api.GetAsync($"/api/v1/teaching-assignments/{w.Maths}/journal?periodId={Guid.NewGuid()}");
        using var workType = await api.PostAsJsonAsync($"/api/v1/lessons/{await app.LessonAsync(w, w.Maths, Monday9)}/assessments", new { workType = "quiz" });

        Assert.Equal(HttpStatusCode.NotFound, period.StatusCode);
        Assert.Contains("период не найден", await period.TitleAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, workType.StatusCode);
        Assert.Contains("answer", (await workType.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("workType")[0].GetString());
    }
}
