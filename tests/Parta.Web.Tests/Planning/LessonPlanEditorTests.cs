using System.Net;
using Microsoft.EntityFrameworkCore;
using Parta.Importing;
using Parta.Planning;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.Planning;

/// <summary>
/// A teacher keeps the КТП of their own teaching assignments: topics with hours laid along the lessons (cancelled ones and
/// the holidays skipped), templates copied to parallel classes, XLSX out and back in; nobody else changes it.
/// </summary>
public sealed class LessonPlanEditorTests(TestApps apps)
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task AddTopics_TheyAreLaidAlongTheLessons_SkippingACancelledLessonAndTheHolidays(Db db)
    {
        var app = await apps.GetAsync(db);
        var p = await app.CreatePlanningSchoolAsync();
        await app.RefreshAutumnAsync(p);
        await app.CancelLessonAsync(p, new(2026, 10, 21));
        var teacher = await app.SignedInClientAsync(p.Teacher);
        var plan = $"assignmentId={p.Maths}";

        Assert.Equal(HttpStatusCode.Redirect, (await teacher.AddTopicAsync(plan, "Натуральные числа", hours: 2, section: "Числа")).StatusCode);
        await teacher.AddTopicAsync(plan, "Сложение", section: "Числа", homework: "§2, № 10");
        await teacher.AddTopicAsync(plan, "Вычитание", hours: 3, type: "Practice");
        await teacher.AddTopicAsync(plan, "Умножение");

        var rows = await teacher.TopicRowsAsync(plan);
        // Lessons: 19.10, (21.10 cancelled), 04.11, 09.11, 11.11 — the holidays 26.10–03.11 have none.
        Assert.Equal(
            [
                ["1", "Числа", "Натуральные числа", "2", "Комбинированный", "", "19.10.2026"],
                ["2", "", "Сложение", "1", "Комбинированный", "§2, № 10", "09.11.2026"],
                ["3", "", "Вычитание", "3", "Практическая работа", "", "11.11.2026 (помещается 1 из 3 ч)"],
                ["4", "", "Умножение", "1", "Комбинированный", "", "не помещается"],
            ],
            rows.Select(r => r.Select(c => string.Join(' ', c.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToArray()));
        var page = await teacher.GetDocumentAsync($"/Planning/Plan?{plan}");
        Assert.Contains("Часов в плане больше, чем уроков в году, на 3", page.Text("#plan-mismatch"));
        Assert.Contains("уроков в году по расписанию: 4", page.Text("#plan-hours"));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task EditMoveAndDeleteTopics_KeepTheNumbering_AndABadFormIsRefusedBesideItsFields(Db db)
    {
        var app = await apps.GetAsync(db);
        var p = await app.CreatePlanningSchoolAsync();
        var teacher = await app.SignedInClientAsync(p.Teacher);
        var plan = $"assignmentId={p.Maths}";
        await teacher.AddTopicAsync(plan, "Первая");
        await teacher.AddTopicAsync(plan, "Вторая");
        await teacher.AddTopicAsync(plan, "Третья");
        var ids = await TopicIdsAsync(app, p);

        var moved = await teacher.SubmitFormAsync($"/Planning/Plan?{plan}",
            new Dictionary<string, string> { ["AssignmentId"] = p.Maths.ToString(), ["topicId"] = ids[2].ToString(), ["up"] = "true" },
            formSelector: "#topic-" + ids[2] + " form");
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        await teacher.SubmitFormAsync($"/Planning/Plan?{plan}",
            new Dictionary<string, string> { ["AssignmentId"] = p.Maths.ToString(), ["topicId"] = ids[0].ToString() },
            formSelector: "#topic-" + ids[0] + " form[data-confirm]");
        var bad = await teacher.AddTopicAsync(plan, "", hours: 100);

        Assert.Equal([("1", "Третья"), ("2", "Вторая")], (await teacher.TopicRowsAsync(plan)).Select(r => (r[0], r[2])));
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var form = await PageClient.ParseAsync(bad);
        Assert.Contains("Заполните поле «Тема»", form.Text("[data-valmsg-for='Fields.Title']"));
        Assert.Contains("от 1 до 99", form.Text("[data-valmsg-for='Fields.Hours']"));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task AFormOpenedBeforeAnotherChange_IsRefusedAsStale(Db db)
    {
        var app = await apps.GetAsync(db);
        var p = await app.CreatePlanningSchoolAsync();
        var teacher = await app.SignedInClientAsync(p.Teacher);
        var plan = $"assignmentId={p.Maths}";
        await teacher.AddTopicAsync(plan, "Первая");
        var opened = (await teacher.GetDocumentAsync($"/Planning/Plan?{plan}")).QuerySelector("#topic-form input[name=Version]")!.GetAttribute("value")!;
        await teacher.AddTopicAsync(plan, "Вторая");

        var stale = await teacher.SubmitFormAsync($"/Planning/Plan?{plan}", new Dictionary<string, string>
        {
            ["AssignmentId"] = p.Maths.ToString(), ["Version"] = opened, ["Fields.Title"] = "Третья", ["Fields.Hours"] = "1", ["Fields.LessonType"] = "Combined",
        }, formSelector: "#topic-form");

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("уже изменил другой пользователь", (await PageClient.ParseAsync(stale)).Text("#plan-errors"));
        Assert.Equal(2, (await TopicIdsAsync(app, p)).Count);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task AnotherTeachersPlan_IsNotFound_AndTheDirectorReadsButCannotChange(Db db)
    {
        var app = await apps.GetAsync(db);
        var p = await app.CreatePlanningSchoolAsync();
        var teacher = await app.SignedInClientAsync(p.Teacher);
        await teacher.AddTopicAsync($"assignmentId={p.Maths}", "Натуральные числа");
        var other = await app.SignedInClientAsync(p.OtherTeacher);
        var director = await app.SignedInClientAsync(p.Director);

        var otherGet = await other.GetAsync($"/Planning/Plan?assignmentId={p.Maths}");
        var otherPost = await other.SubmitFormAsync($"/Planning/Plan?assignmentId={p.S.Russian}", new Dictionary<string, string>
        {
            ["AssignmentId"] = p.Maths.ToString(), ["Fields.Title"] = "Чужая тема", ["Fields.Hours"] = "1",
        }, formSelector: "#topic-form");
        var otherList = await other.GetDocumentAsync("/Planning");
        var directorPage = await director.GetDocumentAsync($"/Planning/Plan?assignmentId={p.Maths}");
        var directorList = await director.GetDocumentAsync("/Planning");

        Assert.Equal(HttpStatusCode.NotFound, otherGet.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherPost.StatusCode);
        Assert.DoesNotContain("Математика", otherList.Text("main"));
        Assert.Contains("Натуральные числа", directorPage.Text("#plan-topics"));
        Assert.Null(directorPage.QuerySelector("#topic-form"));
        Assert.Equal(3, directorList.QuerySelectorAll("#plans tbody tr").Length);
        Assert.Equal(["Натуральные числа"], await TitlesAsync(app, p, p.Maths));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task ATemplateAppliedToAParallelClass_ReplacesItsTopics(Db db)
    {
        var app = await apps.GetAsync(db);
        var p = await app.CreatePlanningSchoolAsync();
        var teacher = await app.SignedInClientAsync(p.Teacher);
        var subjectId = await app.WithDbAsync(p.S.School.Id, d => d.TeachingAssignments.Where(a => a.Id == p.Maths).Select(a => a.SubjectId).SingleAsync());
        var created = await teacher.SubmitFormAsync("/Planning/Templates",
            new Dictionary<string, string> { ["Grade"] = "5", ["SubjectId"] = subjectId.ToString(), ["Name"] = "УМК Виленкина" }, formSelector: "#template-form");
        var template = created.Headers.Location!.OriginalString.Split('?')[1];
        await teacher.AddTopicAsync(template, "Ряд натуральных чисел", hours: 2, section: "Натуральные числа");
        await teacher.AddTopicAsync(template, "Сложение");
        await teacher.AddTopicAsync($"assignmentId={p.MathsB}", "Старая тема 5Б");

        var copied = await teacher.SubmitFormAsync($"/Planning/Plan?{template}", new Dictionary<string, string>
        {
            ["TemplateId"] = template.Split('=')[1], ["CopyTo"] = p.MathsB.ToString(),
        }, formSelector: "#copy-form");
        var landed = await teacher.GetDocumentAsync(copied.Headers.Location!.OriginalString);

        Assert.Contains("Скопировано: 2 темы в 1 нагрузку", landed.Text("main"));
        Assert.Equal(["Ряд натуральных чисел", "Сложение"], await TitlesAsync(app, p, p.MathsB));
        // 5А is offered too; 5Б (chosen) got the topics, 5А kept none.
        Assert.Equal(2, landed.QuerySelectorAll("#copy-form input[name=CopyTo]").Length);
        Assert.Empty(await TitlesAsync(app, p, p.Maths));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task APlanDownloadedAsXlsx_LoadsBackIntoAParallelClass_AsTheSameTopics(Db db)
    {
        var app = await apps.GetAsync(db);
        var p = await app.CreatePlanningSchoolAsync();
        var teacher = await app.SignedInClientAsync(p.Teacher);
        await teacher.AddTopicAsync($"assignmentId={p.Maths}", "Ряд натуральных чисел", hours: 2, section: "Натуральные числа", homework: "§1,\nупр. 1–5");
        await teacher.AddTopicAsync($"assignmentId={p.Maths}", "Контрольная работа № 1", type: "Control", section: "Натуральные числа");
        await teacher.AddTopicAsync($"assignmentId={p.Maths}", "Дроби", hours: 4, section: "Дроби", type: "NewMaterial");

        var xlsx = await teacher.GetAsync($"/Planning/Plan?assignmentId={p.Maths}&handler=Xlsx");
        Assert.Equal(SpreadsheetFile.XlsxContentType, xlsx.Content.Headers.ContentType?.MediaType);
        var applied = await ImportAsync(teacher, p.MathsB, await xlsx.Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        var source = await TopicsAsync(app, p, p.Maths);
        var copy = await TopicsAsync(app, p, p.MathsB);
        Assert.Equal(3, copy.Count);
        Assert.Equal(source, copy);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task AFileWithBadRows_IsRefusedRowByRow_AndNothingIsWritten(Db db)
    {
        var app = await apps.GetAsync(db);
        var p = await app.CreatePlanningSchoolAsync();
        var teacher = await app.SignedInClientAsync(p.Teacher);
        await teacher.AddTopicAsync($"assignmentId={p.Maths}", "Своя тема");
        var file = SpreadsheetFile.WriteXlsx("КТП", ["Раздел", "№", "Тема", "Часы", "Тип урока", "Домашнее задание"],
        [
            ["Числа", "1", "Хорошая тема", "2", "Комбинированный", ""],
            ["", "2", "Слишком долгая", "100", "", ""],
            ["", "3", "", "1", "Лекция", ""],
        ]);

        var preview = await PreviewAsync(teacher, p.Maths, file);

        var page = await PageClient.ParseAsync(preview);
        var errors = page.QuerySelectorAll("#import-result li").Select(e => e.TextContent).ToList();
        Assert.Contains(errors, e => e.StartsWith("Строка 3, «Часы»", StringComparison.Ordinal) && e.Contains("от 1 до 99", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Строка 4, «Тип урока»: неизвестный тип урока «Лекция»", StringComparison.Ordinal) && e.Contains("«Контроль знаний»", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Строка 4, «Тема»", StringComparison.Ordinal));
        Assert.Null(page.QuerySelector("#apply-form"));
        Assert.Equal(["Своя тема"], await TitlesAsync(app, p, p.Maths));
    }

    private static async Task<HttpResponseMessage> PreviewAsync(HttpClient client, Guid assignmentId, byte[] file)
    {
        var page = await client.GetDocumentAsync($"/Planning/Plan?assignmentId={assignmentId}");
        var token = page.QuerySelector("#import-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(assignmentId.ToString()), "AssignmentId" },
            { new ByteArrayContent(file), "Upload", "ктп.xlsx" },
        };
        return await client.PostAsync(page.QuerySelector("#import-form")!.GetAttribute("action"), content);
    }

    /// <summary>Check, then «Применить» with the form the check showed.</summary>
    private static async Task<HttpResponseMessage> ImportAsync(HttpClient client, Guid assignmentId, byte[] file)
    {
        var preview = await PageClient.ParseAsync(await PreviewAsync(client, assignmentId, file));
        var form = preview.QuerySelector("#apply-form") ?? throw new InvalidOperationException("No apply form: " + preview.Text("#import-result"));
        var values = form.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        return await client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(values));
    }

    private static Task<List<Guid>> TopicIdsAsync(PartaAppFactory app, PlanningSchool p) =>
        app.WithDbAsync(p.S.School.Id, d => d.PlanTopics.Where(t => d.LessonPlans.Any(l => l.Id == t.LessonPlanId && l.TeachingAssignmentId == p.Maths))
            .OrderBy(t => t.Number).Select(t => t.Id).ToListAsync());

    private static async Task<List<string>> TitlesAsync(PartaAppFactory app, PlanningSchool p, Guid assignmentId) =>
        (await TopicsAsync(app, p, assignmentId)).Select(t => t.Title).ToList();

    private static Task<List<(int Number, string? Section, string Title, int Hours, LessonType Type, string? Homework)>> TopicsAsync(
        PartaAppFactory app, PlanningSchool p, Guid assignmentId) =>
        app.WithDbAsync(p.S.School.Id, async d => (await d.PlanTopics
                .Where(t => d.LessonPlans.Any(l => l.Id == t.LessonPlanId && l.TeachingAssignmentId == assignmentId))
                .OrderBy(t => t.Number).ToListAsync())
            .Select(t => (t.Number, t.Section, t.Title, t.Hours, t.LessonType, t.Homework)).ToList());
}
