using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Parta.Grading;
using Parta.Web.Tests.Infrastructure;
using Parta.Web.Tests.Journal;

namespace Parta.Web.Tests.Grading;

/// <summary>
/// The final-mark sheet, its rules and closing, as a client meets them (JournalWorld: 5Ж mathematics; the first quarter
/// closed, the second open; Vera arrives 10.11; today 30.11).
/// </summary>
public sealed class FinalMarkTests(TestApps apps)
{
    private static readonly DateOnly[] Lessons =
        [new(2026, 11, 9), new(2026, 11, 10), new(2026, 11, 11), new(2026, 11, 13), new(2026, 11, 16), new(2026, 11, 17), new(2026, 11, 18), new(2026, 11, 20)];

    private static string Sheet(JournalWorld w, Guid periodId) => $"/api/v1/teaching-assignments/{w.Maths}/period-marks?periodId={periodId}";

    private static string PeriodMark(JournalWorld w, Guid studentId, Guid periodId) =>
        $"/api/v1/teaching-assignments/{w.Maths}/period-marks/{studentId}?periodId={periodId}";

    /// <summary>A problem's title and every message of its errors, as one text.</summary>
    private static async Task<string> ProblemTextAsync(HttpResponseMessage response)
    {
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.TryGetProperty("errors", out var e)
            ? e.EnumerateObject().SelectMany(p => p.Value.EnumerateArray().Select(m => m.GetString()))
            : [];
        return string.Join(" ", new[] { problem.GetProperty("title").GetString() }.Concat(errors));
    }

    private static JsonElement Row(JsonElement sheet, Guid studentId) =>
        sheet.GetProperty("students").EnumerateArray().Single(s => s.GetProperty("studentId").GetGuid() == studentId);

    /// <summary>Anna 5, 4, 5 (answers, weight 1); Boris 4, 4; Vera absent («Н») on 6 of her lessons.</summary>
    private static async Task FillSecondQuarterAsync(PartaAppFactory app, JournalWorld w, HttpClient teacher)
    {
        var anna = new[] { "5", "4", "5" };
        for (var i = 0; i < 3; i++)
        {
            var assessment = await teacher.AddAssessmentAsync(await app.LessonAsync(w, w.Maths, Lessons[i]), "answer");
            await teacher.SetMarkAsync(assessment, w.Anna, anna[i]);
            if (i < 2)
            {
                await teacher.SetMarkAsync(assessment, w.Boris, "4");
            }
        }

        foreach (var date in Lessons.Skip(1).Take(6))
        {
            using var absent = await teacher.PutAttendanceAsync(await app.LessonAsync(w, w.Maths, date), w.Vera, new { code = "Н" });
            Assert.Equal(HttpStatusCode.OK, absent.StatusCode);
        }
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Sheet_ShowsTheJournalsAverage_TheSuggestionWithItsReason_AndAMarkSetOtherwiseAsDiffering(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await app.CreateJournalWorldAsync();
        using var teacher = await app.ApiAsAsync(w.Teacher);
        await FillSecondQuarterAsync(app, w, teacher);

        using var set = await teacher.PutAsJsonAsync(PeriodMark(w, w.Anna, w.SecondQuarter), new { value = "4" });
        using var again = await teacher.PutAsJsonAsync(PeriodMark(w, w.Anna, w.SecondQuarter), new { value = "4" });
        var sheet = await teacher.GetFromJsonAsync<JsonElement>(Sheet(w, w.SecondQuarter));
        var journal = await teacher.JournalAsync(w.Maths, w.SecondQuarter);

        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var anna = Row(sheet, w.Anna);
        Assert.Equal(journal.WeightedOf(w.Anna).GetDecimal(), anna.GetProperty("weighted").GetDecimal());
        Assert.Equal(4.67m, anna.GetProperty("weighted").GetDecimal());
        Assert.Equal("5", anna.GetProperty("suggested").GetString());
        Assert.Equal("средний 4,67 → 5 по порогу 4,5", anna.GetProperty("reason").GetString());
        Assert.Equal("4", anna.GetProperty("value").GetString());
        Assert.True(anna.GetProperty("differs").GetBoolean());
        var boris = Row(sheet, w.Boris);
        Assert.Equal("н/а", boris.GetProperty("suggested").GetString());
        Assert.Equal("2 отметки из 3 нужных → н/а", boris.GetProperty("reason").GetString());
        var vera = Row(sheet, w.Vera);
        Assert.Equal("н/а", vera.GetProperty("suggested").GetString());
        Assert.StartsWith("пропущено 6 из ", vera.GetProperty("reason").GetString());
        Assert.Equal(6, vera.GetProperty("missed").GetInt32());
        Assert.DoesNotContain(sheet.GetProperty("students").EnumerateArray(), s => s.GetProperty("studentId").GetGuid() == Guid.Empty);
        var markId = FinalMark.IdFor(w.Anna, await w.MathsSubject(app), FinalMarkKind.Period, w.SecondQuarter);
        var history = await app.WithDbAsync(w.School.Id, d => d.AuditEntries.CountAsync(a => a.EntityId == markId));
        Assert.Equal(1, history);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task BadMarks_AreRefusedWithARussianMessage(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await app.CreateJournalWorldAsync();
        using var teacher = await app.ApiAsAsync(w.Teacher);
        using var petrova = await app.ApiAsAsync(w.Petrova);
        using var parent = await app.ApiAsAsync(w.Parent);

        using var offScale = await teacher.PutAsJsonAsync(PeriodMark(w, w.Anna, w.SecondQuarter), new { value = "6" });
        using var veraInFirst = await (await app.ApiAsAsync(w.Director)).PutAsJsonAsync(PeriodMark(w, w.Vera, w.FirstQuarter), new { value = "4", reason = "проверка" });
        using var notHers = await petrova.PutAsJsonAsync(PeriodMark(w, w.Anna, w.SecondQuarter), new { value = "4" });
        using var family = await parent.PutAsJsonAsync(PeriodMark(w, w.Anna, w.SecondQuarter), new { value = "5" });
        using var closed = await teacher.PutAsJsonAsync(PeriodMark(w, w.Anna, w.FirstQuarter), new { value = "5" });
        using var yearEarly = await teacher.PutAsJsonAsync($"/api/v1/teaching-assignments/{w.Maths}/year-marks/{w.Anna}", new { kind = "year", value = "5" });
        using var yearWithReason = await teacher.PutAsJsonAsync(
            $"/api/v1/teaching-assignments/{w.Maths}/year-marks/{w.Anna}", new { kind = "year", value = "5", reason = "Переезд семьи, досрочная аттестация" });
        using var noExam = await teacher.PutAsJsonAsync(
            $"/api/v1/teaching-assignments/{w.Maths}/year-marks/{w.Anna}", new { kind = "exam", value = "5", reason = "x" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, offScale.StatusCode);
        Assert.Contains("«Математика»", await ProblemTextAsync(offScale));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, veraInFirst.StatusCode);
        Assert.Contains("не было в списке класса в периоде «1 четверть»", await ProblemTextAsync(veraInFirst));
        Assert.Equal(HttpStatusCode.Forbidden, notHers.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, family.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, closed.StatusCode);
        Assert.Contains("«1 четверть» закрыт", await closed.TitleAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, yearEarly.StatusCode);
        Assert.Contains("Ещё не закрыт период «2 четверть»", (await yearEarly.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("reason")[0].GetString());
        Assert.Equal(HttpStatusCode.OK, yearWithReason.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noExam.StatusCode);
        var reasons = await app.WithDbAsync(w.School.Id, d => d.AuditEntries.Where(a => a.SchoolId == w.School.Id && a.EntityType == nameof(FinalMark)).Select(a => a.Reason).ToListAsync());
        Assert.Equal("Переезд семьи, досрочная аттестация", Assert.Single(reasons));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Exam_TickedInTheCurriculum_OpensExamMarksAndTheSheetsColumns_UntickedClosesThem(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await app.CreateJournalWorldAsync();
        var yearId = await app.CurrentYearAsync(w.School);
        var subject = await w.MathsSubject(app);
        using var coordinator = await app.SignedInClientAsync(await app.CreateUserAsync(w.School, Parta.Access.SchoolRole.Coordinator));
        using var teacher = await app.ApiAsAsync(w.Teacher);
        using var teacherPages = await app.SignedInClientAsync(w.Teacher);
        var examUrl = $"/api/v1/teaching-assignments/{w.Maths}/year-marks/{w.Anna}";
        var yearView = $"/Grading/Sheet?assignmentId={w.Maths}&view=year";
        Task<HttpResponseMessage> SaveCurriculumAsync(bool exam) => coordinator.SubmitFormAsync($"/Organisation/Curriculum?yearId={yearId}",
            new Dictionary<string, string>(exam ? [new("Cells[0].Exam", "true")] : [])
            {
                ["Cells[0].SubjectId"] = subject.ToString(), ["Cells[0].Grade"] = "5", ["Cells[0].Hours"] = "5",
            }, formSelector: "#curriculum-form");
        List<string> Headers(AngleSharp.Dom.IDocument page) => page.QuerySelectorAll("main table thead th").Select(th => th.TextContent.Trim()).ToList();

        var before = Headers(await teacherPages.GetDocumentAsync(yearView));
        using var ticked = await SaveCurriculumAsync(exam: true);
        using var exam = await teacher.PutAsJsonAsync(examUrl, new { kind = "exam", value = "5", reason = "Экзамен сдан досрочно" });
        var after = Headers(await teacherPages.GetDocumentAsync(yearView));
        using var unticked = await SaveCurriculumAsync(exam: false);
        using var examAgain = await teacher.PutAsJsonAsync(examUrl, new { kind = "exam", value = "4", reason = "Пересдача" });

        Assert.DoesNotContain("Экзамен", before);
        Assert.Equal(HttpStatusCode.Redirect, ticked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, exam.StatusCode);
        Assert.Contains("Экзамен", after);
        Assert.Contains("Итоговая", after);
        Assert.Equal(HttpStatusCode.Redirect, unticked.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, examAgain.StatusCode);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task ClosedPeriod_DirectorNeedsAReason_WhichIsInTheHistory(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await app.CreateJournalWorldAsync();
        using var director = await app.ApiAsAsync(w.Director);

        using var withoutReason = await director.PutAsJsonAsync(PeriodMark(w, w.Anna, w.FirstQuarter), new { value = "5" });
        using var withReason = await director.PutAsJsonAsync(PeriodMark(w, w.Anna, w.FirstQuarter), new { value = "5", reason = "Решение педсовета № 3" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, withoutReason.StatusCode);
        Assert.True((await withoutReason.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal(HttpStatusCode.OK, withReason.StatusCode);
        var entries = await app.WithDbAsync(w.School.Id, d => d.AuditEntries.Where(a => a.SchoolId == w.School.Id && a.EntityType == nameof(FinalMark)).ToListAsync());
        var entry = Assert.Single(entries);
        Assert.Equal("Решение педсовета № 3", entry.Reason);
        Assert.Equal("5", entry.NewValue);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Closing_IsRefusedWhileSomethingIsMissing_OverriddenWithAReason_ThenTheJournalIsReadOnly(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await app.CreateJournalWorldAsync();
        using var director = await app.SignedInClientAsync(w.Director);
        using var teacher = await app.ApiAsAsync(w.Teacher);
        var url = $"/Grading/Closing?periodId={w.SecondQuarter}";
        var page = await director.GetDocumentAsync(url);
        var row = page.QuerySelector($"tr[data-class='{w.ClassId}']")!;
        var close = page.QuerySelectorAll("button[formaction*='handler=Close']").First(b => !b.GetAttribute("formaction")!.Contains("CloseSchool")).GetAttribute("formaction")!;

        using var refused = await director.SubmitFormAsync(url, new Dictionary<string, string> { ["classIds"] = w.ClassId.ToString() }, close, "#closing-form");
        var refusedPage = await PageClient.ParseAsync(refused);
        using var overridden = await director.SubmitFormAsync(
            url, new Dictionary<string, string> { ["classIds"] = w.ClassId.ToString(), ["override"] = "Учитель на больничном, отметки внесёт завуч" }, close, "#closing-form");
        var lesson = await app.LessonAsync(w, w.Maths, Lessons[0]);
        using var write = await teacher.PutAttendanceAsync(lesson, w.Anna, new { code = "Н" });
        using var otherClass = await teacher.PutAttendanceAsync(await app.LessonAsync(w, w.OtherMaths, new DateOnly(2026, 11, 17)), w.Darya, new { code = "Н" });

        Assert.Contains("без итоговой отметки", row.ParentElement!.ParentElement!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Не всё заполнено: не выставлено", refusedPage.QuerySelector("#closing-errors")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, overridden.StatusCode);
        var closure = await app.WithDbAsync(w.School.Id, d => d.PeriodClosures.SingleAsync());
        Assert.Equal(w.ClassId, closure.SchoolClassId);
        Assert.Equal("Учитель на больничном, отметки внесёт завуч", closure.Override);
        var audit = await app.WithDbAsync(w.School.Id, d => d.AuditEntries.FirstAsync(a => a.SchoolId == w.School.Id && a.EntityType == nameof(PeriodClosure)));
        Assert.Equal("Учитель на больничном, отметки внесёт завуч", audit.Reason);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherClass.StatusCode);
        var after = await director.GetDocumentAsync(url);
        Assert.Contains("закрыт", after.QuerySelector($"tr[data-class='{w.ClassId}']")!.TextContent);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task StudentFinalMarks_ForTheFamilyAndTheSchool_NotFoundForAnotherFamily(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await app.CreateJournalWorldAsync();
        using var director = await app.ApiAsAsync(w.Director);
        using var parent = await app.ApiAsAsync(w.Parent);
        using var anna = await app.ApiAsAsync(w.AnnaAccount);
        using var teacher = await app.ApiAsAsync(w.Teacher);
        using var set = await director.PutAsJsonAsync(PeriodMark(w, w.Anna, w.FirstQuarter), new { value = "5", reason = "перенос с бумаги" });

        var mine = await parent.GetFromJsonAsync<JsonElement>($"/api/v1/students/{w.Anna}/final-marks");
        var own = await anna.GetFromJsonAsync<JsonElement>($"/api/v1/students/{w.Anna}/final-marks");
        using var other = await parent.GetAsync($"/api/v1/students/{w.Boris}/final-marks");
        using var notClassTeacher = await teacher.GetAsync($"/api/v1/students/{w.Anna}/final-marks");

        var maths = mine.GetProperty("subjects").EnumerateArray().Single(s => s.GetProperty("subject").GetString() == "Математика");
        var periods = maths.GetProperty("periods").EnumerateArray().ToList();
        Assert.Equal(2, periods.Count);
        Assert.Equal(w.FirstQuarter, periods[0].GetProperty("periodId").GetGuid());
        Assert.Equal("5", periods[0].GetProperty("value").GetString());
        Assert.Equal(JsonValueKind.Null, periods[1].GetProperty("value").ValueKind);
        Assert.Equal(JsonValueKind.Null, maths.GetProperty("year").ValueKind);
        Assert.True(maths.TryGetProperty("exam", out _));
        Assert.True(maths.TryGetProperty("final", out _));
        Assert.Equal(mine.ToString(), own.ToString());
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notClassTeacher.StatusCode);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task GradingRules_Edited_ChangeTheSuggestion_BadThresholdsRefused(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await app.CreateJournalWorldAsync();
        var coordinator = await app.CreateUserAsync(w.School, Parta.Access.SchoolRole.Coordinator);
        using var page = await app.SignedInClientAsync(coordinator);
        using var teacher = await app.ApiAsAsync(w.Teacher);
        await FillSecondQuarterAsync(app, w, teacher);
        var fields = new Dictionary<string, string> { ["Five"] = "4,7", ["Four"] = "3,6", ["Three"] = "2,6", ["MinMarks"] = "2", ["MaxMissedPercent"] = "50", ["Halves"] = "Up" };

        using var bad = await page.SubmitFormAsync("/Journal/Settings/Grading", new Dictionary<string, string>(fields) { ["Four"] = "4,8" });
        var badPage = await PageClient.ParseAsync(bad);
        using var good = await page.SubmitFormAsync("/Journal/Settings/Grading", fields);
        var sheet = await teacher.GetFromJsonAsync<JsonElement>(Sheet(w, w.SecondQuarter));

        Assert.Contains("Пороги должны убывать", badPage.QuerySelector("main")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        Assert.Equal("4", Row(sheet, w.Anna).GetProperty("suggested").GetString());
        Assert.Equal("средний 4,67 → 4 по порогу 4,7", Row(sheet, w.Anna).GetProperty("reason").GetString());
        Assert.Equal("4", Row(sheet, w.Boris).GetProperty("suggested").GetString());
    }
}

internal static class GradingTestData
{
    public static Task<Guid> MathsSubject(this JournalWorld w, PartaAppFactory app) =>
        app.WithDbAsync(w.School.Id, db => db.TeachingAssignments.Where(a => a.Id == w.Maths).Select(a => a.SubjectId).SingleAsync());
}
