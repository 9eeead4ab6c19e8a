using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.Access;

public sealed class SignInTests(TestApps apps)
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task SignIn_RightPassword_ShowsHomeWithNameAndSchool(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var teacher = await app.CreateUserAsync(school, SchoolRole.Teacher, lastName: "Преподавателева");
        using var client = app.NewClient();

        var response = await client.SignInAsync(teacher.Login, teacher.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.ToString());
        var home = await client.GetDocumentAsync("/");
        Assert.Contains("Преподавателева", home.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(school.ShortName, home.QuerySelector(".school-name")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("ru", home.DocumentElement.GetAttribute("lang"));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task SignIn_WrongPassword_ShowsRussianErrorAndWritesHistory(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var user = await app.CreateUserAsync(school, SchoolRole.Teacher);
        using var client = app.NewClient();

        var response = await client.SignInAsync(user.Login, "не тот пароль");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageClient.ParseAsync(response);
        Assert.Contains("Неверный логин или пароль.", page.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(user.Login, page.QuerySelector("input[name=Login]")!.GetAttribute("value"));
        var outcomes = await app.WithDbAsync(null, d => d.LoginEvents.Where(e => e.UserId == user.Id).Select(e => e.Outcome).ToListAsync());
        Assert.Equal([LoginOutcome.WrongPassword], outcomes);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task SignIn_FiveFailures_LocksOutEvenTheRightPassword(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var user = await app.CreateUserAsync(school, SchoolRole.Teacher);
        using var client = app.NewClient();

        for (var i = 0; i < 5; i++)
        {
            await client.SignInAsync(user.Login, $"ошибка {i}");
        }

        var response = await client.SignInAsync(user.Login, user.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageClient.ParseAsync(response);
        Assert.Contains("временно заблокирован", page.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        var lockoutEnd = await app.WithDbAsync(null, d => d.Users.Where(u => u.Id == user.Id).Select(u => u.LockoutEnd).SingleAsync());
        Assert.True(lockoutEnd >= DateTimeOffset.UtcNow.AddMinutes(4.9) && lockoutEnd <= DateTimeOffset.UtcNow.AddMinutes(5.1), $"locked until {lockoutEnd}");
        using var api = app.NewClient();
        var token = await api.PostAsJsonAsync("/api/v1/auth/token", new { login = user.Login, password = user.Password });
        Assert.Equal(HttpStatusCode.TooManyRequests, token.StatusCode);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task SignIn_OfOneAccountFromSeveralDevicesAtOnce_AfterAFailure_NeverAnswersAServerError(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var user = await app.CreateUserAsync(school, SchoolRole.Teacher);
        using var first = app.NewClient();
        await first.PostAsJsonAsync("/api/v1/auth/token", new { login = user.Login, password = "не тот пароль" });

        // Each right sign-in resets the failure count: the resets race on the same account row.
        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(async _ =>
        {
            using var client = app.NewClient();
            return (await client.PostAsJsonAsync("/api/v1/auth/token", new { login = user.Login, password = user.Password })).StatusCode;
        }));

        Assert.DoesNotContain(answers, a => (int)a >= 500);
        Assert.Contains(HttpStatusCode.OK, answers);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task SignIn_OneTimePassword_MustBeChangedBeforeAnythingElse(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var user = await app.CreateUserAsync(school, SchoolRole.Parent, mustChangePassword: true);
        using var client = app.NewClient();
        await client.SignInAsync(user.Login, user.Password);

        var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.StartsWith("/Account/ChangePassword", home.Headers.Location!.ToString(), StringComparison.Ordinal);
        var form = await client.GetDocumentAsync("/Account/ChangePassword");
        Assert.Contains("одноразовым паролем", form.Body!.TextContent, StringComparison.Ordinal);

        var common = await client.SubmitFormAsync("/Account/ChangePassword", Fields(user.Password, "qwerty123"));
        Assert.True(common.StatusCode == HttpStatusCode.OK, $"{common.StatusCode} {common.Headers.Location}");
        Assert.Contains("слишком распространён", (await PageClient.ParseAsync(common)).Body!.TextContent, StringComparison.Ordinal);

        var changed = await client.SubmitFormAsync("/Account/ChangePassword", Fields(user.Password, "мой новый надёжный пароль"));
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var after = await client.GetAsync("/");
        Assert.True(after.StatusCode == HttpStatusCode.OK, $"{after.StatusCode} {after.Headers.Location}");
        var mustChange = await app.WithDbAsync(null, d => d.Users.Where(u => u.Id == user.Id).Select(u => u.MustChangePassword).SingleAsync());
        Assert.False(mustChange);
        var audited = await app.WithDbAsync(null, d => d.AuditEntries
            .Where(a => a.EntityId == user.Id && a.Field == "Password").Select(a => new { a.SchoolId, a.UserLogin, a.NewValue }).ToListAsync());
        var row = Assert.Single(audited);
        Assert.Equal((school.Id, user.Login, "изменён владельцем"), (row.SchoolId!.Value, row.UserLogin, row.NewValue));

        static Dictionary<string, string> Fields(string current, string next) => new()
        {
            ["CurrentPassword"] = current,
            ["NewPassword"] = next,
            ["ConfirmPassword"] = next,
        };
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task SignOut_OldSessionCookie_IsDead(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var user = await app.CreateUserAsync(school, SchoolRole.Director);
        using var client = app.NewClient();
        var signIn = await client.SignInAsync(user.Login, user.Password);
        var cookie = SessionCookie(signIn);

        var signOut = await client.SubmitFormAsync("/", new Dictionary<string, string>(), "/Account/Logout", "form[action='/Account/Logout']");
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        using var thief = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", cookie);
        var replay = await thief.SendAsync(request);
        Assert.True(replay.IsRedirectToSignIn(), $"{replay.StatusCode} {replay.Headers.Location}");
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task SignIn_Again_IssuesANewSessionCookie(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var user = await app.CreateUserAsync(school, SchoolRole.Teacher);
        using var client = app.NewClient();

        var first = SessionCookie(await client.SignInAsync(user.Login, user.Password));
        var second = SessionCookie(await client.SignInAsync(user.Login, user.Password));

        Assert.NotEqual(first, second);
        using var replay = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", first);
        Assert.True((await replay.SendAsync(request)).IsRedirectToSignIn(), "the session before the second sign-in must be dead");
        Assert.Contains("httponly", SetCookie(await client.SignInAsync(user.Login, user.Password)), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", SetCookie(await client.SignInAsync(user.Login, user.Password)), StringComparison.OrdinalIgnoreCase);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task SignIn_ReturnUrlToAnotherSite_GoesHomeInstead(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var user = await app.CreateUserAsync(school, SchoolRole.Teacher);
        using var client = app.NewClient();

        var outside = await client.SignInAsync(user.Login, user.Password, "https://evil.example/steal");
        var inside = await client.SignInAsync(user.Login, user.Password, "/Account");

        Assert.Equal("/", outside.Headers.Location?.ToString());
        Assert.Equal("/Account", inside.Headers.Location?.ToString());
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Block_SignedInUser_IsSignedOutAtTheNextRequest(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var user = await app.CreateUserAsync(school, SchoolRole.Teacher);
        using var client = await app.SignedInClientAsync(user);
        using var api = app.ApiClient(await app.TokenAsync(user.Login, user.Password));

        await app.WithDbAsync(null, d => d.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.IsBlocked, true)));

        Assert.True((await client.GetAsync("/")).IsRedirectToSignIn());
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/me")).StatusCode);
        var again = await client.SignInAsync(user.Login, user.Password);
        Assert.Contains("заблокирована", (await PageClient.ParseAsync(again)).Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task LoginHistory_OwnPage_ListsSuccessAndFailure(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var user = await app.CreateUserAsync(school, SchoolRole.Teacher);
        using var client = app.NewClient();
        await client.SignInAsync(user.Login, "неверный пароль");
        await client.SignInAsync(user.Login, user.Password);

        var page = await client.GetDocumentAsync("/Account");

        var events = page.QuerySelectorAll("tbody tr td:nth-child(2)").Select(td => td.TextContent).ToList();
        Assert.Equal(["Вход выполнен", "Неверный пароль"], events);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task LoginHistory_OwnPage_SaysBrowserSystemAndAddressInWords_AndTheSchoolsTime(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync(timeZone: "Asia/Vladivostok");
        var user = await app.CreateUserAsync(school, SchoolRole.Teacher);
        const string Windows = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
        const string IPhone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1";
        await app.WithDbAsync(null, async d =>
        {
            d.LoginEvents.AddRange(
                new LoginEvent { UserId = user.Id, At = new DateTime(2026, 10, 12, 4, 5, 0, DateTimeKind.Utc), Outcome = LoginOutcome.Succeeded, Channel = "web", IpAddress = "::1", UserAgent = Windows },
                new LoginEvent { UserId = user.Id, At = new DateTime(2026, 10, 11, 20, 0, 0, DateTimeKind.Utc), Outcome = LoginOutcome.WrongPassword, Channel = "web", IpAddress = "::ffff:95.165.10.4", UserAgent = IPhone },
                new LoginEvent { UserId = user.Id, At = new DateTime(2026, 10, 1, 9, 0, 0, DateTimeKind.Utc), Outcome = LoginOutcome.Succeeded, Channel = "api", IpAddress = "2a02:6b8::1", UserAgent = "okhttp/4.12.0" });
            await d.SaveChangesAsync();
        });
        using var client = await app.SignedInClientAsync(user);

        var page = await client.GetDocumentAsync("/Account");

        Assert.Equal(["Когда", "Событие", "Канал", "Адрес", "Браузер"], page.QuerySelectorAll("#logins thead th").Select(th => th.TextContent));
        var rows = page.QuerySelectorAll("#logins tbody tr").Select(tr => tr.QuerySelectorAll("td").ToList()).TakeLast(3).ToList();
        Assert.Equal(["12.10.2026 14:05", "Вход выполнен", "сайт", "этот компьютер", "Chrome, Windows"], rows[0].Select(td => td.TextContent));
        Assert.Equal(["12.10.2026 06:00", "Неверный пароль", "сайт", "95.165.10.4", "Safari, iPhone"], rows[1].Select(td => td.TextContent));
        Assert.Equal(["01.10.2026 19:00", "Вход выполнен", "приложение", "2a02:6b8::1", "неизвестный браузер"], rows[2].Select(td => td.TextContent));
        Assert.Equal(("::1", Windows), (rows[0][3].GetAttribute("title"), rows[0][4].GetAttribute("title")));
        Assert.Equal("::ffff:95.165.10.4", rows[1][3].GetAttribute("title"));
    }

    [Fact]
    public async Task SignIn_TooManyAttemptsForOneLogin_IsRateLimited()
    {
        await using var app = await apps.CreateSeparateAsync(Db.Sqlite, new Dictionary<string, string?> { ["Parta:SignIn:PerLoginPerMinute"] = "3" });
        using var client = app.NewClient();
        for (var i = 0; i < 3; i++)
        {
            await client.SignInAsync("nobody", "пароль не тот");
        }

        var page = await client.SignInAsync("nobody", "пароль не тот");
        using var api = app.NewClient();
        var token = await api.PostAsJsonAsync("/api/v1/auth/token", new { login = "NOBODY", password = "x" });

        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.Contains("Слишком много попыток входа", (await PageClient.ParseAsync(page)).Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.TooManyRequests, token.StatusCode);
        var problem = await token.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("Слишком много попыток", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    private static string SessionCookie(HttpResponseMessage response) => SetCookie(response).Split(';')[0];

    private static string SetCookie(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Last(c => c.StartsWith("parta.session=", StringComparison.Ordinal));
}
