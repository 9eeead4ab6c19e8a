using System.Net;
using Ical.Net;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.Scheduling;

/// <summary>«Подписка на календарь»: the secret address, the iCalendar file it answers, and revoking it.</summary>
public sealed class CalendarFeedTests(TestApps apps)
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task ParentsFeed_ParsesAsICalendar_WithTheChildsLessonsInUtc_AndNoOneElses(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await app.CreateTimetableWorldAsync();
        using var client = await app.SignedInClientAsync(w.Parent);
        var url = await CreateFeedAsync(client, w.AnnaId);
        using var anonymous = app.NewClient();

        using var response = await anonymous.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.All(text.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));
        var calendar = Calendar.Load(text)!;
        var lessons = await app.WithDbAsync(w.School.Id, d => Task.FromResult(d.Lessons.ToList()));
        var annas = lessons.Where(l => l.StudyGroupId == w.Group1Id || l.SchoolClassId == w.ClassId)
            .Where(l => l.Date >= new DateOnly(2026, 11, 16) && l.Date <= new DateOnly(2027, 1, 29)).ToList();
        Assert.Equal(annas.Select(l => $"{l.Id:D}@parta").Order(), calendar.Events.Select(e => e.Uid).Order());
        var tuesday = Assert.Single(calendar.Events, e => e.Uid == $"{annas.Single(l => l.Date == TimetableWorld.Tuesday).Id:D}@parta");
        Assert.Equal(new DateTime(2026, 12, 1, 5, 30, 0, DateTimeKind.Utc), tuesday.DtStart!.AsUtc); // 08:30 in Moscow
        Assert.Equal(new DateTime(2026, 12, 1, 6, 15, 0, DateTimeKind.Utc), tuesday.DtEnd!.AsUtc);
        Assert.StartsWith("Математика — ", tuesday.Summary);
        Assert.Equal("Кабинет 214", tuesday.Location);
        Assert.Contains("Замена: вместо Иванова И. П.", tuesday.Description);
        Assert.DoesNotContain(calendar.Events, e => e.Summary!.Contains("Английский 2", StringComparison.Ordinal));
        Assert.DoesNotContain(calendar.Events, e => e.Summary!.Contains("Робототехника", StringComparison.Ordinal));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task CancelledLesson_IsInTheFeedAsCancelled(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await app.CreateTimetableWorldAsync();
        var mathLine = await app.WithDbAsync(w.School.Id, d => Task.FromResult(d.TeachingAssignments.Single(a => a.SchoolClassId == w.ClassId).Id));
        await app.AddChangeAsync(w.School, new Parta.Scheduling.LessonChange
        {
            SchoolId = w.School.Id, Date = new DateOnly(2026, 12, 7), Kind = Parta.Scheduling.LessonChangeKind.Cancelled, TeachingAssignmentId = mathLine, Number = 1,
        });
        await app.RefreshLessonsAsync(w.School, new DateOnly(2026, 12, 7), new DateOnly(2026, 12, 7));
        using var client = await app.SignedInClientAsync(w.Teacher);
        var url = await CreateFeedAsync(client, null);

        var calendar = Calendar.Load(await app.NewClient().GetStringAsync(url))!;

        var cancelled = Assert.Single(calendar.Events, e => e.Status == "CANCELLED");
        Assert.StartsWith("Отменён: Математика", cancelled.Summary);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task NewLink_RevokesTheOld_AndRevokedLinkIs404(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await app.CreateTimetableWorldAsync();
        using var client = await app.SignedInClientAsync(w.AnnaAccount);
        var first = await CreateFeedAsync(client, null);
        var second = await CreateFeedAsync(client, null);
        using var anonymous = app.NewClient();

        using var old = await anonymous.GetAsync(first);
        using var current = await anonymous.GetAsync(second);
        Assert.Equal(HttpStatusCode.NotFound, old.StatusCode);
        Assert.Equal(HttpStatusCode.OK, current.StatusCode);

        var page = await client.GetDocumentAsync("/Scheduling/Calendar");
        Assert.DoesNotContain(new Uri(second).AbsolutePath.Split('/')[^1].Replace(".ics", "", StringComparison.Ordinal), page.Body!.InnerHtml);
        var revoke = page.QuerySelector("#feeds form")!.GetAttribute("action")!;
        using var revoked = await client.SubmitFormAsync("/Scheduling/Calendar", new Dictionary<string, string>(), action: revoke, formSelector: "#feeds form");
        using var afterRevoke = await anonymous.GetAsync(second);

        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, afterRevoke.StatusCode);
        Assert.NotNull((await client.GetDocumentAsync("/Scheduling/Calendar")).QuerySelector("#no-feeds"));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task ParentsFeed_ForAnotherChild_IsRefused(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await app.CreateTimetableWorldAsync();
        using var client = await app.SignedInClientAsync(w.Parent);

        using var response = await client.SubmitFormAsync("/Scheduling/Calendar", new Dictionary<string, string> { ["studentId"] = w.BorisId.ToString() });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageClient.ParseAsync(response);
        Assert.Null(page.QuerySelector("#feed-url"));
        Assert.Contains("Учащийся не найден", page.QuerySelector(".text-danger")!.TextContent);
    }

    /// <summary>Creates a feed on the page, as the user would, and reads the address shown once.</summary>
    private static async Task<string> CreateFeedAsync(HttpClient client, Guid? studentId)
    {
        using var response = await client.SubmitFormAsync("/Scheduling/Calendar", new Dictionary<string, string> { ["studentId"] = studentId?.ToString() ?? "" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageClient.ParseAsync(response);
        return page.QuerySelector("#feed-url")!.GetAttribute("value")!;
    }
}
