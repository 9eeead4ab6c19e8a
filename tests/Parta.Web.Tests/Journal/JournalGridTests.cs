using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Web.Tests.Infrastructure;
using Parta.Web.Tests.Organisation;

namespace Parta.Web.Tests.Journal;

/// <summary>The journal screen through HTTP: the list, the grid's rows and columns, the cell handlers, the lesson panel.</summary>
public sealed class JournalGridTests(TestApps apps)
{
    private static readonly DateOnly Nov2 = new(2026, 11, 2);
    private static readonly DateOnly Nov9 = new(2026, 11, 9);
    private static readonly DateOnly Nov23 = new(2026, 11, 23);

    private static Dictionary<string, string> Mark(Guid assessment, Guid student, string value, string expected = "") =>
        new() { ["assessmentId"] = assessment.ToString(), ["studentId"] = student.ToString(), ["value"] = value, ["expected"] = expected };

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Index_Teacher_SeesOwnJournal_ClassTeacher_SeesClassJournals_Director_FiltersByClass(Db db)
    {
        var app = await apps.GetAsync(db);
        var s = await app.CreateJournalSchoolAsync();
        using var teacher = await app.SignedInClientAsync(s.Teacher);
        using var classTeacher = await app.SignedInClientAsync(s.ClassTeacher);
        using var director = await app.SignedInClientAsync(await app.CreateUserAsync(s.School, SchoolRole.Director));

        var own = await teacher.GetDocumentAsync("/Journal");
        var led = await classTeacher.GetDocumentAsync("/Journal");
        var all = await director.GetDocumentAsync($"/Journal?classId={s.ClassId}");

        Assert.Equal(["5А — Математика"], own.QuerySelectorAll("#own-title ~ ul a").Select(a => a.TextContent.Trim()));
        Assert.Equal(["Математика", "Русский язык"], led.QuerySelectorAll("table a").Select(a => a.TextContent.Trim()));
        Assert.Equal(["Математика", "Русский язык"], all.QuerySelectorAll("table a").Select(a => a.TextContent.Trim()));
        Assert.Contains(own.QuerySelectorAll("nav a"), a => a.TextContent.Trim() == "Журналы");
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Index_Student_Forbidden(Db db)
    {
        var app = await apps.GetAsync(db);
        var s = await app.CreateJournalSchoolAsync();
        using var student = await app.SignedInClientAsync(await app.CreateUserAsync(s.School, SchoolRole.Student));

        using var response = await student.GetAsync("/Journal");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Grid_ColumnsFollowTheTimetable_RowsFollowTheMovementBook(Db db)
    {
        var app = await apps.GetAsync(db);
        var s = await app.CreateJournalSchoolAsync();
        using var teacher = await app.SignedInClientAsync(s.Teacher);

        var grid = await teacher.GetDocumentAsync($"/Journal/Grid?assignmentId={s.Assignment}&month=2026-11-01");

        var heads = JournalGridData.LessonHeads(grid);
        Assert.Equal("02.11", heads[0]);
        Assert.DoesNotContain("04.11", heads); // a public holiday: no lesson
        Assert.DoesNotContain("06.11", heads); // cancelled
        Assert.Contains("05.11", heads);
        var substituted = grid.QuerySelectorAll("th.jg-lesson").Single(th => th.TextContent.Contains("09.11", StringComparison.Ordinal));
        Assert.Contains("зам. Сидорова", substituted.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Алексеев Пётр Ильич", "Борисова Вера Олеговна", "Волков Иван"],
            grid.QuerySelectorAll("#journal-grid tbody th.jg-name").Select(th => th.FirstChild!.TextContent.Trim()));

        // One attendance sub-column per lesson, no assessments yet: cell i is lesson i.
        var lessonIndex = heads.ToList();
        var borisova = JournalGridData.Row(grid, s.Borisova).QuerySelectorAll("td").ToList();
        Assert.Contains("off", borisova[lessonIndex.IndexOf("09.11")].ClassList);
        Assert.DoesNotContain("off", borisova[lessonIndex.IndexOf("10.11")].ClassList);
        Assert.Contains("прибыл(а) 10.11.2026", JournalGridData.Row(grid, s.Borisova).TextContent, StringComparison.Ordinal);
        var volkov = JournalGridData.Row(grid, s.Volkov).QuerySelectorAll("td").ToList();
        Assert.DoesNotContain("off", volkov[lessonIndex.IndexOf("19.11")].ClassList);
        Assert.Contains("off", volkov[lessonIndex.IndexOf("20.11")].ClassList);
        Assert.Contains("выбыл(а) 20.11.2026", JournalGridData.Row(grid, s.Volkov).TextContent, StringComparison.Ordinal);
        Assert.Equal("true", grid.QuerySelector("#journal-grid")!.GetAttribute("data-editable"));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task MarkHandler_Saves_ReturnsTheAverage_AndTheGridShowsIt(Db db)
    {
        var app = await apps.GetAsync(db);
        var s = await app.CreateJournalSchoolAsync();
        var answer = await app.AssessmentAsync(s, Nov2);
        var control = await app.AssessmentAsync(s, Nov23, "control");
        using var teacher = await app.SignedInClientAsync(s.Teacher);

        var first = await teacher.PostCellAsync(s, "Mark", Mark(answer, s.Alekseev, "5"));
        var second = await teacher.PostCellAsync(s, "Mark", Mark(control, s.Alekseev, "4"));
        var grid = await teacher.GetDocumentAsync($"/Journal/Grid?assignmentId={s.Assignment}");

        Assert.Equal(200, first.Status);
        Assert.Equal("5", first.Body.GetProperty("value").GetString());
        Assert.True(first.Body.GetProperty("late").GetBoolean()); // 28 days after the lesson, the school allows 3
        Assert.Equal("4,25", second.Body.GetProperty("average").GetString()); // (5×1 + 4×3) / 4
        var row = JournalGridData.Row(grid, s.Alekseev);
        Assert.Equal("4,25", row.QuerySelector("td.jg-avg")!.TextContent.Trim());
        Assert.Contains(row.QuerySelectorAll("td"), td => td.TextContent.Trim() == "5" && td.ClassList.Contains("late"));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task MarkHandler_Refusals_InRussian_ConflictWithTheCurrentValue(Db db)
    {
        var app = await apps.GetAsync(db);
        var s = await app.CreateJournalSchoolAsync();
        var answer = await app.AssessmentAsync(s, Nov23);
        var future = await app.AssessmentAsync(s, new DateOnly(2026, 12, 1));
        using var teacher = await app.SignedInClientAsync(s.Teacher);
        await teacher.PostCellAsync(s, "Mark", Mark(answer, s.Alekseev, "3"));

        var offScale = await teacher.PostCellAsync(s, "Mark", Mark(answer, s.Borisova, "7"));
        var stale = await teacher.PostCellAsync(s, "Mark", Mark(answer, s.Alekseev, "4", expected: ""));
        var notYet = await teacher.PostCellAsync(s, "Mark", Mark(future, s.Alekseev, "5"));
        var left = await teacher.PostCellAsync(s, "Mark", Mark(answer, s.Volkov, "5"));
        var absent = await teacher.PostCellAsync(s, "Attendance", new Dictionary<string, string>
        {
            ["lessonId"] = (await app.LessonIdAsync(s, Nov23)).ToString(), ["studentId"] = s.Borisova.ToString(), ["code"] = "Н", ["expected"] = "",
        });
        var markOnAbsence = await teacher.PostCellAsync(s, "Mark", Mark(answer, s.Borisova, "5"));

        Assert.Equal(422, offScale.Status);
        Assert.Contains("ставятся отметки: 5, 4, 3, 2, 1", offScale.Body.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(409, stale.Status);
        Assert.Equal("3", stale.Body.GetProperty("current").GetString());
        Assert.Contains("уже поставил здесь «3»", stale.Body.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(422, notYet.Status);
        Assert.Contains("ещё не прошёл", notYet.Body.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(422, left.Status);
        Assert.Contains("нет в списке", left.Body.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(200, absent.Status);
        Assert.Equal("Н", absent.Body.GetProperty("value").GetString());
        Assert.Equal(422, markOnAbsence.Status);
        Assert.Contains("отмечено «Н»", markOnAbsence.Body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task ClassTeacher_ReadsButCannotWrite_AnotherTeacher_Forbidden(Db db)
    {
        var app = await apps.GetAsync(db);
        var s = await app.CreateJournalSchoolAsync();
        var answer = await app.AssessmentAsync(s, Nov23);
        using var classTeacher = await app.SignedInClientAsync(s.ClassTeacher);
        using var other = await app.SignedInClientAsync(s.OtherTeacher);

        var read = await classTeacher.GetDocumentAsync($"/Journal/Grid?assignmentId={s.Assignment}");
        var write = await classTeacher.PostCellAsync(s, "Mark", Mark(answer, s.Alekseev, "5"));
        using var foreign = await other.GetAsync($"/Journal/Grid?assignmentId={s.Assignment}");
        using var foreignLesson = await other.GetAsync($"/Journal/Lesson?lessonId={await app.LessonIdAsync(s, Nov23)}");

        Assert.Equal("false", read.QuerySelector("#journal-grid")!.GetAttribute("data-editable"));
        Assert.Contains("Только просмотр", read.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(403, write.Status);
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, foreignLesson.StatusCode);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task History_ListsTheCellsChanges(Db db)
    {
        var app = await apps.GetAsync(db);
        var s = await app.CreateJournalSchoolAsync();
        var answer = await app.AssessmentAsync(s, Nov23);
        using var teacher = await app.SignedInClientAsync(s.Teacher);
        await teacher.PostCellAsync(s, "Mark", Mark(answer, s.Alekseev, "3"));
        await teacher.PostCellAsync(s, "Mark", Mark(answer, s.Alekseev, "4", expected: "3"));

        var history = System.Text.Json.JsonDocument.Parse(await teacher.GetStringAsync($"/Journal/Grid?handler=History&columnId={answer}&studentId={s.Alekseev}")).RootElement;

        Assert.Equal(2, history.GetArrayLength());
        Assert.Equal("3", history[0].GetProperty("old").GetString());
        Assert.Equal("4", history[0].GetProperty("new").GetString());
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task LessonPanel_TopicFromThePlanNote_HomeworkWithLinks_AddsAnAssessment(Db db)
    {
        var app = await apps.GetAsync(db);
        var s = await app.CreateJournalSchoolAsync();
        var lessonId = await app.LessonIdAsync(s, Nov23);
        using var teacher = await app.SignedInClientAsync(s.Teacher);
        var url = $"/Journal/Lesson?lessonId={lessonId}";

        var saved = await teacher.SubmitFormAsync(url, new Dictionary<string, string>
        {
            ["Topic"] = "Дроби", ["Homework"] = "№ 12, 14\nhttps://example.org/<b>x</b>",
        });
        var page = await teacher.GetDocumentAsync(url);
        var workType = page.QuerySelector("#WorkTypeId option")!.GetAttribute("value")!;
        var added = await teacher.SubmitFormAsync(url, new Dictionary<string, string> { ["WorkTypeId"] = workType, ["Title"] = "Самостоятельная №3" },
            formSelector: "form[action*='AddAssessment']");
        var grid = await teacher.GetDocumentAsync($"/Journal/Grid?assignmentId={s.Assignment}");

        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal("Дроби", page.QuerySelector("#Topic")!.GetAttribute("value"));
        var shown = page.QuerySelector(".lesson-homework")!;
        Assert.Equal("https://example.org/", shown.QuerySelector("a")!.GetAttribute("href"));
        Assert.Null(shown.QuerySelector("b"));
        Assert.Single(grid.QuerySelectorAll($"th.jg-col[data-kind='m']"));
        Assert.Contains("Самостоятельная №3", grid.QuerySelector("th.jg-col[data-kind='m']")!.GetAttribute("title"), StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task LessonPanel_Files_TooBigAndWrongTypeRefused_PdfAttachedAndDownloaded(Db db)
    {
        var app = await apps.GetAsync(db);
        var s = await app.CreateJournalSchoolAsync();
        var lessonId = await app.LessonIdAsync(s, Nov23);
        using var teacher = await app.SignedInClientAsync(s.Teacher);
        using var classTeacher = await app.SignedInClientAsync(s.ClassTeacher);
        var url = $"/Journal/Lesson?lessonId={lessonId}";

        var tooBig = await UploadAsync(teacher, url, "big.pdf", [.. "%PDF"u8, .. new byte[10 * 1024 * 1024]]);
        var disguised = await UploadAsync(teacher, url, "virus.pdf", "MZ\u0090\0 not a pdf"u8.ToArray());
        var exe = await UploadAsync(teacher, url, "game.exe", "MZ"u8.ToArray());
        var pdf = await UploadAsync(teacher, url, "Задание.pdf", "%PDF-1.4 test"u8.ToArray());
        var page = await teacher.GetDocumentAsync(url);
        var link = page.QuerySelectorAll("a").Single(a => a.TextContent == "Задание.pdf").GetAttribute("href")!;
        using var download = await classTeacher.GetAsync(link);

        Assert.Contains("больше 10 МБ", await tooBig.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Такой файл прикрепить нельзя", await disguised.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Такой файл прикрепить нельзя", await exe.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, pdf.StatusCode);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("%PDF-1.4 test", await download.Content.ReadAsStringAsync());
        Assert.Equal(1, await app.WithDbAsync(s.School.Id, d => d.HomeworkFiles.CountAsync()));
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string url, string name, byte[] content)
    {
        var page = await client.GetDocumentAsync(url);
        var form = page.QuerySelector("form[enctype='multipart/form-data']")!;
        var token = form.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var body = new MultipartFormDataContent();
        body.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        body.Add(file, "file", name);
        return await client.PostAsync(form.GetAttribute("action"), body);
    }
}
