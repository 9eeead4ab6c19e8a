using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using netDumbster.smtp;
using Parta.Data;
using Parta.Journal;
using Parta.Notifications;
using Parta.Web.Tests.Infrastructure;
using Parta.Web.Tests.Journal;

namespace Parta.Web.Tests.Notifications;

/// <summary>
/// Notifications by e-mail: the letter is written in the same save as the mark, the absence or the homework it tells of;
/// the worker sends it once through a real SMTP server (netDumbster, in the test process), retries, and resends with the
/// same Message-ID after a crash; digests at the chosen hour; unsubscribing; the settings API.
/// </summary>
public sealed class NotificationTests(TestApps apps)
{
    private static readonly DateOnly Monday23 = new(2026, 11, 23);
    private static readonly string[] LowAndAbsences = ["lowMarks", "absences"];
    private static readonly string[] Gossip = ["gossip"];
    private static readonly string[] Absences = ["absences"];

    private static MailOptions Options(int port) => new()
    {
        Smtp = NotificationTestData.Smtp(port),
        Worker = new OutboxWorkerOptions { BatchSize = 1000, MaxAttempts = 3, BackoffSeconds = 30 },
    };

    private static MimeMessage Parse(SmtpMessage m) => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(m.Data)));

    private static List<MimeMessage> ReceivedBy(SimpleSmtpServer server, string email) =>
        server.ReceivedEmail.Select(Parse).Where(m => m.To.Mailboxes.Any(a => a.Address == email)).ToList();

    private async Task<(PartaAppFactory App, JournalWorld W, string Email, Guid Assessment)> ParentSubscribedAsync(
        Db db, Action<NotificationSubscription> set)
    {
        var app = await apps.GetAsync(db);
        var w = await app.CreateJournalWorldAsync();
        var email = await app.GiveEmailAsync(w.Parent);
        await app.SubscribeAsync(w.School, w.Parent, w.Anna, set);
        using var api = await app.ApiAsAsync(w.Teacher);
        var lesson = await app.LessonAsync(w, w.Maths, Monday23);
        var assessment = await api.AddAssessmentAsync(lesson, "answer");
        return (app, w, email, assessment);
    }

    // ---- Written with the change ----

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task SetMark_LowMarkSubscribed_WritesOneLetterWithBothLinks(Db db)
    {
        var (app, w, email, assessment) = await ParentSubscribedAsync(db, s => { s.LowMarks = true; s.Absences = true; });
        using var api = await app.ApiAsAsync(w.Teacher);

        await api.SetMarkAsync(assessment, w.Anna, "2");
        await api.SetMarkAsync(assessment, w.Boris, "2");

        var letter = Assert.Single(await app.OutboxToAsync(email));
        Assert.Contains("Низкая отметка: Математика, 2 (ответ на уроке, вес 1), 23.11.2026", letter.TextBody, StringComparison.Ordinal);
        Assert.StartsWith("Антонова Анна", letter.TextBody, StringComparison.Ordinal);
        Assert.Contains($"https://parta.test/Diary?studentId={w.Anna}", letter.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://parta.test/Notifications/Unsubscribe?token=", letter.TextBody, StringComparison.Ordinal);
        Assert.Matches("^<[0-9a-f]{32}@parta>$", letter.MessageId);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task SetMark_AboveThreshold_OrAbsenceAndHomework_FollowTheKindsChosen(Db db)
    {
        var (app, w, email, assessment) = await ParentSubscribedAsync(db, s => { s.LowMarks = true; s.Absences = true; });
        using var api = await app.ApiAsAsync(w.Teacher);
        var tuesday = await app.LessonAsync(w, w.Maths, new DateOnly(2026, 11, 24));

        await api.SetMarkAsync(assessment, w.Anna, "4");
        using var homework = await api.PutAsJsonAsync($"/api/v1/lessons/{tuesday}", new { topic = "Дроби", homework = "№ 1" });
        using var absent = await api.PutAttendanceAsync(tuesday, w.Anna, new { code = "Н" });

        Assert.Equal(HttpStatusCode.OK, absent.StatusCode);
        var letter = Assert.Single(await app.OutboxToAsync(email));
        Assert.Contains("Пропуск урока: Математика, 1-й урок, 24.11.2026 («Н»)", letter.TextBody, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task SaveLessonDetails_NewHomework_TellsTheClassFamiliesThatAskedForIt(Db db)
    {
        var (app, w, email, _) = await ParentSubscribedAsync(db, s => s.Homework = true);
        using var api = await app.ApiAsAsync(w.Teacher);
        var tuesday = await app.LessonAsync(w, w.Maths, new DateOnly(2026, 11, 24));

        using var topicOnly = await api.PutAsJsonAsync($"/api/v1/lessons/{tuesday}", new { topic = "Дроби" });
        using var homework = await api.PutAsJsonAsync($"/api/v1/lessons/{tuesday}", new { topic = "Дроби", homework = "№ 245, 247" });
        using var same = await api.PutAsJsonAsync($"/api/v1/lessons/{tuesday}", new { topic = "Дроби", homework = "№ 245, 247" });

        Assert.Equal(HttpStatusCode.OK, homework.StatusCode);
        var letter = Assert.Single(await app.OutboxToAsync(email));
        Assert.Contains("Домашнее задание: Математика, урок 24.11.2026: № 245, 247", letter.TextBody, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task SetMark_RestrictedGuardian_GetsNothing(Db db)
    {
        var (app, w, email, assessment) = await ParentSubscribedAsync(db, s => s.NewMarks = true);
        await app.WithDbAsync(w.School.Id, async context =>
        {
            foreach (var g in await context.Guardianships.Where(g => g.StudentId == w.Anna).ToListAsync())
            {
                g.Restricted = true;
            }

            await context.SaveChangesAsync();
        });
        using var api = await app.ApiAsAsync(w.Teacher);

        await api.SetMarkAsync(assessment, w.Anna, "2");

        Assert.Empty(await app.OutboxToAsync(email));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task SaveChanges_Failing_WritesNeitherTheMarkNorTheLetter(Db db)
    {
        var (app, w, email, assessment) = await ParentSubscribedAsync(db, s => s.NewMarks = true);
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(w.Teacher.Id, w.Teacher.Login, w.School.Id, false);
        var context = scope.ServiceProvider.GetRequiredService<PartaDbContext>();
        var mark = new Mark
        {
            Id = CellId.For(assessment, w.Anna), SchoolId = w.School.Id, AssessmentId = assessment, StudentId = w.Anna, Value = "5", Points = 5,
            ChangedAt = app.Clock.GetUtcNow().UtcDateTime,
        };
        context.Marks.Add(mark);
        var boris = await context.Students.SingleAsync(s => s.Id == w.Boris);
        boris.Phone = "+7 900 000-00-00";
        context.Entry(boris).Property(s => s.Version).OriginalValue = boris.Version + 1000;

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => context.SaveChangesAsync());

        Assert.DoesNotContain(context.ChangeTracker.Entries<OutboxMessage>(), e => e.State == EntityState.Added);
        Assert.Empty(await app.OutboxToAsync(email));
        Assert.False(await app.WithDbAsync(w.School.Id, c => c.Marks.AnyAsync(m => m.Id == mark.Id)));

        // The same change without the stale row commits, and its letter with it.
        context.Entry(boris).State = EntityState.Unchanged;
        await context.SaveChangesAsync();
        Assert.Single(await app.OutboxToAsync(email));
    }

    // ---- The worker ----

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Worker_SendsEachLetterOnce_WithItsMessageId(Db db)
    {
        var (app, w, email, assessment) = await ParentSubscribedAsync(db, s => s.NewMarks = true);
        using var api = await app.ApiAsAsync(w.Teacher);
        await api.SetMarkAsync(assessment, w.Anna, "5");
        var port = NotificationTestData.FreePort();
        using var server = SimpleSmtpServer.Start(port);
        var options = Options(port);
        var worker = app.Worker(new SmtpMailSender(options.Smtp), app.ClockAfter(TimeSpan.FromSeconds(1)), options);

        await worker.RunOnceAsync();
        await worker.RunOnceAsync();

        var received = Assert.Single(ReceivedBy(server, email));
        var row = Assert.Single(await app.OutboxToAsync(email));
        Assert.Equal(row.MessageId, $"<{received.MessageId}>");
        Assert.NotNull(row.SentAt);
        Assert.Contains("Новая отметка: Математика, 5", received.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Worker_SmtpDown_RetriesWithBackoff_ThenSends()
    {
        var (app, w, email, assessment) = await ParentSubscribedAsync(Db.Sqlite, s => s.NewMarks = true);
        using var api = await app.ApiAsAsync(w.Teacher);
        await api.SetMarkAsync(assessment, w.Anna, "5");
        var port = NotificationTestData.FreePort();
        var options = Options(port);
        var clock = app.ClockAfter(TimeSpan.FromSeconds(1));
        var worker = app.Worker(new SmtpMailSender(options.Smtp), clock, options);

        await worker.RunOnceAsync();
        var failed = Assert.Single(await app.OutboxToAsync(email));
        using var server = SimpleSmtpServer.Start(port);
        await worker.RunOnceAsync();
        var early = ReceivedBy(server, email).Count;
        clock.Advance(TimeSpan.FromSeconds(40));
        await worker.RunOnceAsync();

        Assert.Equal(1, failed.Attempts);
        Assert.NotNull(failed.LastError);
        Assert.Null(failed.SentAt);
        Assert.InRange(failed.NextAttemptAt - clock.GetUtcNow().UtcDateTime.AddSeconds(-40), TimeSpan.FromSeconds(22), TimeSpan.FromSeconds(38));
        Assert.Equal(0, early);
        Assert.Single(ReceivedBy(server, email));
        var sent = Assert.Single(await app.OutboxToAsync(email));
        Assert.NotNull(sent.SentAt);
        Assert.Equal(2, sent.Attempts);
    }

    [Fact]
    public async Task Worker_CrashBetweenSendingAndMarkingSent_ResendsWithTheSameMessageId()
    {
        var (app, w, email, assessment) = await ParentSubscribedAsync(Db.Sqlite, s => s.NewMarks = true);
        using var api = await app.ApiAsAsync(w.Teacher);
        await api.SetMarkAsync(assessment, w.Anna, "5");
        var port = NotificationTestData.FreePort();
        using var server = SimpleSmtpServer.Start(port);
        var options = Options(port);
        var clock = app.ClockAfter(TimeSpan.FromSeconds(1));
        var sender = new SendsThenCrashes(new SmtpMailSender(options.Smtp));
        var worker = app.Worker(sender, clock, options);

        await worker.RunOnceAsync();
        sender.Crash = false;
        clock.Advance(TimeSpan.FromMinutes(2));
        await worker.RunOnceAsync();

        var received = ReceivedBy(server, email);
        Assert.Equal(2, received.Count);
        Assert.Equal(received[0].MessageId, received[1].MessageId);
        Assert.NotNull(Assert.Single(await app.OutboxToAsync(email)).SentAt);
    }

    [Fact]
    public async Task Worker_TwoNodesOnOnePostgresOutbox_SendEachLetterExactlyOnce()
    {
        var app = await apps.GetAsync(Db.Postgres);
        var w = await app.CreateJournalWorldAsync();
        var email = await app.GiveEmailAsync(w.Parent);
        await app.SubscribeAsync(w.School, w.Parent, w.Anna, s => s.NewMarks = true);
        using var api = await app.ApiAsAsync(w.Teacher);
        foreach (var day in new[] { 9, 10, 11, 13, 16, 17, 18, 20 })
        {
            var lesson = await app.LessonAsync(w, w.Maths, new DateOnly(2026, 11, day));
            await api.SetMarkAsync(await api.AddAssessmentAsync(lesson, "answer"), w.Anna, "5");
        }

        var port = NotificationTestData.FreePort();
        using var server = SimpleSmtpServer.Start(port);
        var options = Options(port);
        options.Worker.BatchSize = 3;
        var clock = app.ClockAfter(TimeSpan.FromSeconds(1));
        var first = app.Worker(new SmtpMailSender(options.Smtp), clock, options);
        var second = app.Worker(new SmtpMailSender(options.Smtp), clock, options);

        for (var round = 0; round < 10 && (await app.OutboxToAsync(email)).Any(m => m.SentAt is null); round++)
        {
            await Task.WhenAll(first.RunOnceAsync(), second.RunOnceAsync());
        }

        var received = ReceivedBy(server, email);
        Assert.Equal(8, received.Count);
        Assert.Equal(8, received.Select(m => m.MessageId).Distinct().Count());
        Assert.All(await app.OutboxToAsync(email), m => Assert.NotNull(m.SentAt));
    }

    [Fact]
    public async Task Digest_GoesAtTheChosenHour_NotBefore()
    {
        // The school is in Moscow (UTC+3): the app's 10:30 UTC is 13:30 there; the digest hour is 18.
        var (app, w, email, assessment) = await ParentSubscribedAsync(Db.Sqlite, s => { s.NewMarks = true; s.Mode = NotificationMode.Digest; s.DigestHour = 18; });
        using var api = await app.ApiAsAsync(w.Teacher);
        await api.SetMarkAsync(assessment, w.Anna, "5");
        await api.SetMarkAsync(await api.AddAssessmentAsync(await app.LessonAsync(w, w.Maths, Monday23), "control"), w.Anna, "4");
        var port = NotificationTestData.FreePort();
        using var server = SimpleSmtpServer.Start(port);
        var options = Options(port);
        var clock = app.ClockAfter(TimeSpan.FromSeconds(1));
        var worker = app.Worker(new SmtpMailSender(options.Smtp), clock, options);

        Assert.Empty(await app.OutboxToAsync(email));
        clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 14, 59, 0, TimeSpan.Zero));
        await worker.RunOnceAsync();
        var beforeHour = ReceivedBy(server, email).Count;
        clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 15, 0, 30, TimeSpan.Zero));
        await worker.RunOnceAsync();
        await worker.RunOnceAsync();

        Assert.Equal(0, beforeHour);
        var digest = Assert.Single(ReceivedBy(server, email));
        Assert.Contains("сводка за 30.11.2026", digest.Subject, StringComparison.Ordinal);
        Assert.Contains("Математика, 5", digest.TextBody, StringComparison.Ordinal);
        Assert.Contains("Математика, 4", digest.TextBody, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(w.School.Id, c => c.NotificationDigestItems.CountAsync(i => i.DigestedAt == null)));
    }

    [Fact]
    public async Task Digest_AfterUnsubscribingFromEverything_SendsNothing_AndDropsTheItems()
    {
        var (app, w, email, assessment) = await ParentSubscribedAsync(Db.Sqlite, s => { s.NewMarks = true; s.Mode = NotificationMode.Digest; s.DigestHour = 18; });
        using var api = await app.ApiAsAsync(w.Teacher);
        await api.SetMarkAsync(assessment, w.Anna, "5");
        // What the unsubscribe link does: every kind off; the item written before stays queued.
        await app.WithDbAsync(w.School.Id, async c =>
        {
            var sub = await c.NotificationSubscriptions.SingleAsync(x => x.StudentId == w.Anna);
            sub.NewMarks = false;
            await c.SaveChangesAsync();
        });
        var port = NotificationTestData.FreePort();
        using var server = SimpleSmtpServer.Start(port);
        var options = Options(port);
        var clock = app.ClockAfter(TimeSpan.FromSeconds(1));
        var worker = app.Worker(new SmtpMailSender(options.Smtp), clock, options);

        clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 15, 0, 30, TimeSpan.Zero));
        await worker.RunOnceAsync();
        await worker.RunOnceAsync();

        Assert.Empty(ReceivedBy(server, email));
        Assert.Empty(await app.OutboxToAsync(email));
        Assert.Equal(0, await app.WithDbAsync(w.School.Id, c => c.NotificationDigestItems.CountAsync(i => i.DigestedAt == null)));
    }

    [Fact]
    public async Task MailPage_CoordinatorSeesTheirSchoolsLetters_NotAnotherSchools()
    {
        var (app, w, email, assessment) = await ParentSubscribedAsync(Db.Sqlite, s => s.NewMarks = true);
        using var api = await app.ApiAsAsync(w.Teacher);
        await api.SetMarkAsync(assessment, w.Anna, "5");
        var coordinator = await app.CreateUserAsync(w.School, Parta.Access.SchoolRole.Coordinator);
        var otherSchool = await app.CreateSchoolAsync();
        var otherCoordinator = await app.CreateUserAsync(otherSchool, Parta.Access.SchoolRole.Coordinator);
        var letter = Assert.Single(await app.OutboxToAsync(email));

        using var own = await app.SignedInClientAsync(coordinator);
        var list = await own.GetDocumentAsync("/Admin/Mail");
        var opened = await own.GetDocumentAsync($"/Admin/Mail?id={letter.Id}");
        using var other = await app.SignedInClientAsync(otherCoordinator);
        var otherList = await other.GetDocumentAsync("/Admin/Mail");
        using var otherOpens = await other.GetAsync($"/Admin/Mail?id={letter.Id}");

        Assert.Contains(email, list.QuerySelector("#outbox")!.TextContent, StringComparison.Ordinal);
        // In the school's own time (Moscow: the test clock's 10:30 UTC is 13:30), as every time on the pages.
        Assert.Equal("30.11.2026 13:30", list.QuerySelector("#outbox tbody td")!.TextContent.Trim());
        Assert.Contains("Новая отметка: Математика, 5", opened.QuerySelector("#letter")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(email, otherList.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, otherOpens.StatusCode);
    }

    // ---- Unsubscribing and the settings ----

    [Fact]
    public async Task Unsubscribe_WithoutSigningIn_TurnsOffOnlyThatSubscription()
    {
        var app = await apps.GetAsync(Db.Sqlite);
        var w = await app.CreateJournalWorldAsync();
        var anna = await app.SubscribeAsync(w.School, w.Parent, w.Anna, s => { s.NewMarks = true; s.Absences = true; });
        var own = await app.SubscribeAsync(w.School, w.AnnaAccount, w.Anna, s => s.NewMarks = true);
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var url = $"/Notifications/Unsubscribe?token={anna.UnsubscribeToken}";

        using var shown = await client.GetAsync(url);
        var html = await shown.Content.ReadAsStringAsync();
        var stillOn = await app.WithDbAsync(w.School.Id, c => c.NotificationSubscriptions.SingleAsync(s => s.Id == anna.Id));
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Token"] = anna.UnsubscribeToken, ["__RequestVerificationToken"] = token });
        using var posted = await client.PostAsync("/Notifications/Unsubscribe", form);
        using var unknown = await client.GetAsync("/Notifications/Unsubscribe?token=nonsense");

        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Contains("Антонова Анна", html, StringComparison.Ordinal);
        Assert.True(stillOn.NewMarks);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var after = await app.WithDbAsync(w.School.Id, c => c.NotificationSubscriptions.AsNoTracking().Where(s => s.Id == anna.Id || s.Id == own.Id).ToListAsync());
        Assert.False(after.Single(s => s.Id == anna.Id).AnyKind);
        Assert.True(after.Single(s => s.Id == own.Id).NewMarks);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task SettingsApi_RoundTrip_AndBadValuesAre422(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await app.CreateJournalWorldAsync();
        using var api = await app.ApiAsAsync(w.Parent);

        var before = await api.GetFromJsonAsync<JsonElement>("/api/v1/me/notifications/settings");
        using var put = await api.PutAsJsonAsync("/api/v1/me/notifications/settings", new
        {
            students = new[] { new { studentId = w.Anna, kinds = LowAndAbsences, lowMarkThreshold = 3, mode = "digest", digestHour = 20 } },
        });
        var after = await api.GetFromJsonAsync<JsonElement>("/api/v1/me/notifications/settings");
        using var badHour = await api.PutAsJsonAsync("/api/v1/me/notifications/settings", new { students = new[] { new { studentId = w.Anna, kinds = Array.Empty<string>(), lowMarkThreshold = 3, mode = "instant", digestHour = 24 } } });
        using var badThreshold = await api.PutAsJsonAsync("/api/v1/me/notifications/settings", new { students = new[] { new { studentId = w.Anna, kinds = Array.Empty<string>(), lowMarkThreshold = 6, mode = "instant", digestHour = 8 } } });
        using var badKind = await api.PutAsJsonAsync("/api/v1/me/notifications/settings", new { students = new[] { new { studentId = w.Anna, kinds = Gossip, lowMarkThreshold = 3, mode = "instant", digestHour = 8 } } });
        using var notMine = await api.PutAsJsonAsync("/api/v1/me/notifications/settings", new { students = new[] { new { studentId = w.Boris, kinds = Absences, lowMarkThreshold = 3, mode = "instant", digestHour = 8 } } });

        var student = Assert.Single(before.GetProperty("students").EnumerateArray());
        Assert.Equal(w.Anna, student.GetProperty("studentId").GetGuid());
        Assert.Empty(student.GetProperty("kinds").EnumerateArray());
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var saved = Assert.Single(after.GetProperty("students").EnumerateArray());
        Assert.Equal(["lowMarks", "absences"], saved.GetProperty("kinds").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal("digest", saved.GetProperty("mode").GetString());
        Assert.Equal(20, saved.GetProperty("digestHour").GetInt32());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badHour.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badThreshold.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badKind.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notMine.StatusCode);
    }
}
