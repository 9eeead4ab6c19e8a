using System.Net;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Journal;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.Journal;

/// <summary>
/// The lesson panel's comments form and the grid's cells in a closed period, through the pages (the API's side of the
/// same rules is in <see cref="JournalApiTests"/>).
/// </summary>
public sealed class JournalLessonCommentsTests(TestApps apps)
{
    private static readonly DateOnly Nov23 = new(2026, 11, 23);

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Comments_ChangedRowsSaved_TooLongRefusedBesideItsRow_ReaderForbidden(Db db)
    {
        var app = await apps.GetAsync(db);
        var s = await app.CreateJournalSchoolAsync();
        var lessonId = await app.LessonIdAsync(s, Nov23);
        var url = $"/Journal/Lesson?lessonId={lessonId}";
        using var teacher = await app.SignedInClientAsync(s.Teacher);
        using var classTeacher = await app.SignedInClientAsync(s.ClassTeacher);
        var page = await teacher.GetDocumentAsync(url);
        var rows = page.QuerySelectorAll("#comments-form tbody tr").ToList();
        Assert.Equal(["Алексеев Пётр Ильич", "Борисова Вера Олеговна"], rows.Select(r => r.QuerySelector("th")!.TextContent.Trim())); // Волков left on 20.11

        var saved = await teacher.SubmitFormAsync(url, new Dictionary<string, string>
        {
            ["Comments[0].StudentId"] = s.Alekseev.ToString(), ["Comments[0].Was"] = "", ["Comments[0].Text"] = "Забыл тетрадь",
            ["Comments[1].StudentId"] = s.Borisova.ToString(), ["Comments[1].Was"] = "", ["Comments[1].Text"] = new string('я', JournalRules.CommentLength + 1),
        }, formSelector: "#comments-form");
        var shownAfter = await teacher.GetDocumentAsync(url);
        using var readerPost = await classTeacher.PostAsync(url + "&handler=Comments", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var refused = await saved.Content.ReadAsStringAsync();
        Assert.Contains("Не сохранено комментариев: 1", refused, StringComparison.Ordinal);
        Assert.Contains("не длиннее 500 символов", refused, StringComparison.Ordinal);
        Assert.Equal("Забыл тетрадь", shownAfter.QuerySelector("#comment-0")!.GetAttribute("value"));
        Assert.Equal("", shownAfter.QuerySelector("#comment-1")!.GetAttribute("value") ?? "");
        Assert.NotEqual(HttpStatusCode.OK, readerPost.StatusCode);
        var history = await app.WithDbAsync(s.School.Id, d => d.AuditEntries
            .Where(e => e.EntityId == CellId.For(lessonId, s.Alekseev)).Select(e => new { e.Field, e.NewValue }).ToListAsync());
        Assert.Equal(("Comment", "Забыл тетрадь"), (Assert.Single(history).Field, history[0].NewValue));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Grid_ClosedPeriod_TeacherRefused_DirectorAskedForAReason_ThenSavedWithItInTheHistory(Db db)
    {
        var app = await apps.GetAsync(db);
        var s = await app.CreateJournalSchoolAsync();
        var assessment = await app.AssessmentAsync(s, Nov23);
        await app.WithDbAsync(s.School.Id, async d =>
        {
            await d.Periods.Where(p => p.Start <= Nov23 && p.End >= Nov23).ExecuteUpdateAsync(u => u.SetProperty(p => p.Closed, true));
        });
        using var teacher = await app.SignedInClientAsync(s.Teacher);
        using var director = await app.SignedInClientAsync(await app.CreateUserAsync(s.School, SchoolRole.Director));
        Dictionary<string, string> Mark(string reason = "") => new()
        {
            ["assessmentId"] = assessment.ToString(), ["studentId"] = s.Alekseev.ToString(), ["value"] = "4", ["expected"] = "", ["reason"] = reason,
        };

        var byTeacher = await teacher.PostCellAsync(s, "Mark", Mark());
        var noReason = await director.PostCellAsync(s, "Mark", Mark());
        var withReason = await director.PostCellAsync(s, "Mark", Mark("Исправление ошибки по заявлению родителей"));

        Assert.Equal(403, byTeacher.Status);
        Assert.Contains("закрыт", byTeacher.Body.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(422, noReason.Status);
        Assert.True(noReason.Body.GetProperty("reasonNeeded").GetBoolean());
        Assert.Equal(200, withReason.Status);
        Assert.Equal("4", withReason.Body.GetProperty("value").GetString());
        var audit = await app.WithDbAsync(s.School.Id, d => d.AuditEntries
            .Where(e => e.EntityId == CellId.For(assessment, s.Alekseev)).Select(e => new { e.NewValue, e.Reason }).ToListAsync());
        Assert.Equal(("4", "Исправление ошибки по заявлению родителей"), (Assert.Single(audit).NewValue, audit[0].Reason));
    }
}
