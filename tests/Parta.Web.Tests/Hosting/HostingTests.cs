using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Parta.Access;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.Hosting;

public sealed class HostingTests(TestApps apps)
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Health_LiveAndReady_AreHealthy(Db db)
    {
        var app = await apps.GetAsync(db);
        using var client = app.NewClient();

        Assert.Equal("Healthy", await client.GetStringAsync("/health"));
        Assert.Equal("Healthy", await client.GetStringAsync("/health/ready"));
    }

    [Fact]
    public async Task Pages_CarrySecurityHeaders_AndNoInlineScripts()
    {
        var app = await apps.GetAsync(Db.Sqlite);
        using var client = app.NewClient();

        var response = await client.GetAsync("/Account/Login");
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        var page = await PageClient.ParseAsync(response);

        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.All(page.QuerySelectorAll("script"), s => Assert.False(string.IsNullOrEmpty(s.GetAttribute("src")), "inline script found"));
        Assert.Empty(page.QuerySelectorAll("[style]"));
        Assert.NotNull(page.QuerySelector("form input[name=__RequestVerificationToken]"));
    }

    [Theory]
    [InlineData("/Organisation/Curriculum?yearId={year}")]
    [InlineData("/Organisation/Years/Calendar?yearId={year}")]
    [InlineData("/Organisation/Years/Scheme?yearId={year}")]
    [InlineData("/Organisation/Groups/Edit")]
    [InlineData("/Access/Rights")]
    [InlineData("/Access/Roles")]
    [InlineData("/Access/Accounts")]
    public async Task FormWithNothingWrong_ShowsNoErrorBox_AndNoInlineStyle(string path)
    {
        var app = await apps.GetAsync(Db.Sqlite);
        var school = await app.CreateSchoolAsync();
        var year = await app.CurrentYearAsync(school);
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Director));

        var page = await client.GetDocumentAsync(path.Replace("{year}", year.ToString(), StringComparison.Ordinal));

        Assert.Empty(page.QuerySelectorAll(".alert-danger"));
        Assert.Empty(page.QuerySelectorAll("[style]"));
    }

    [Fact]
    public async Task ApiReference_LoadsNothingFromOutsideHosts_AndLinksBackToParta()
    {
        var app = await apps.GetAsync(Db.Sqlite);
        using var client = app.NewClient();

        var html = await client.GetStringAsync("/api/reference/");
        var page = await client.GetDocumentAsync("/api/reference/");

        Assert.DoesNotMatch(@"(src|href)=[""']?(https?:)?//", html);
        Assert.DoesNotContain("fonts.scalar.com", html, StringComparison.Ordinal);
        Assert.DoesNotContain("cdn.jsdelivr.net", html, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/" && a.TextContent.Contains("Parta", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SchoolName_NumberSignStaysWithItsNumber_OnANarrowScreen()
    {
        var app = await apps.GetAsync(Db.Sqlite);
        var school = await app.CreateSchoolAsync("МБОУ «Средняя школа № " + Guid.NewGuid().ToString("N")[..4] + "»");
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Director));

        var page = await client.GetDocumentAsync("/");

        Assert.All(new[] { page.QuerySelector(".print-header")!, page.QuerySelector("p.lead")! }, shown =>
        {
            Assert.Contains("№\u00A0", shown.TextContent, StringComparison.Ordinal);
            Assert.DoesNotContain("№ ", shown.TextContent, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Pages_SendRussianTextAsItIs_NotAsEntities()
    {
        var app = await apps.GetAsync(Db.Sqlite);
        using var client = app.NewClient();

        var html = await client.GetStringAsync("/Account/Login");

        Assert.Contains("<title>Вход — Parta</title>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x412;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignedInPages_AreNotStored()
    {
        var app = await apps.GetAsync(Db.Sqlite);
        var school = await app.CreateSchoolAsync();
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Teacher));

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, "Cache-Control: no-store expected");
    }

    [Fact]
    public async Task PagesAndFiles_GoCompressed_AndVersionedFilesAreCachedForAYear()
    {
        var app = await apps.GetAsync(Db.Sqlite);
        using var client = app.NewClient();

        using var pageRequest = new HttpRequestMessage(HttpMethod.Get, "/Account/Login") { Headers = { { "Accept-Encoding", "br, gzip" } } };
        var page = await client.SendAsync(pageRequest);
        var html = await client.GetStringAsync("/Account/Login");
        var css = System.Text.RegularExpressions.Regex.Match(html, "/lib/bootstrap/css/bootstrap.min.css\\?v=[^\"]+").Value;
        using var fileRequest = new HttpRequestMessage(HttpMethod.Get, css) { Headers = { { "Accept-Encoding", "gzip" } } };
        var file = await client.SendAsync(fileRequest);
        var unversioned = await client.GetAsync("/lib/bootstrap/css/bootstrap.min.css");

        Assert.Equal("br", page.Content.Headers.ContentEncoding.Single());
        Assert.NotEmpty(css);
        Assert.Equal("gzip", file.Content.Headers.ContentEncoding.Single());
        Assert.Equal(TimeSpan.FromDays(365), file.Headers.CacheControl?.MaxAge);
        Assert.True(unversioned.Headers.CacheControl?.NoCache, "an unversioned file is revalidated");
    }

    [Fact]
    public async Task PrintHeader_ShowsTheSchoolsTodayInItsTimeZone()
    {
        var app = await apps.GetAsync(Db.Sqlite);
        var school = await app.CreateSchoolAsync();
        await app.WithDbAsync(null, async d =>
        {
            var entity = await d.Schools.FindAsync(school.Id);
            entity!.TimeZone = "Asia/Kamchatka";
            await d.SaveChangesAsync();
        });
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Teacher));

        var page = await client.GetDocumentAsync("/");

        var kamchatka = TimeZoneInfo.ConvertTimeFromUtc(app.Clock.GetUtcNow().UtcDateTime, TimeZoneInfo.FindSystemTimeZoneById("Asia/Kamchatka"));
        Assert.Equal(kamchatka.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture),
            page.QuerySelectorAll(".print-header div")[1].TextContent.Trim());
        Assert.Equal(school.Name, page.QuerySelectorAll(".print-header div")[0].TextContent.Trim());
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Page_NulCharacterInTheAddress_Is400InRussianNot500(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));

        var response = await client.GetAsync("/People/Students?q=%00");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Неверный запрос", (await PageClient.ParseAsync(response)).QuerySelector("h1")!.TextContent.Trim());
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task SignIn_LoginWithControlCharacters_IsAWrongLoginNot500(Db db)
    {
        var app = await apps.GetAsync(db);
        using var client = app.NewClient();

        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { login = "admin\0\u001b", password = "что-нибудь" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Неверный логин или пароль.", (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task OverHttps_TheAntiforgeryCookieIsSecure()
    {
        var app = await apps.GetAsync(Db.Sqlite);
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false,
        });

        var response = await client.GetAsync("/Account/Login");

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("parta.af=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task PostWithoutAntiforgeryToken_IsRefused()
    {
        var app = await apps.GetAsync(Db.Sqlite);
        using var client = app.NewClient();

        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Login"] = "teacher",
            ["Password"] = "x",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task UnknownPage_ShowsRussian404WithoutDetails()
    {
        var app = await apps.GetAsync(Db.Sqlite);
        var school = await app.CreateSchoolAsync();
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Teacher));

        var response = await client.GetAsync("/Нет/Такой/Страницы");
        var page = await PageClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Страница не найдена", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task ForbiddenPage_ShowsRussian403InPlace()
    {
        var app = await apps.GetAsync(Db.Sqlite);
        var school = await app.CreateSchoolAsync();
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Teacher));

        var response = await client.GetAsync("/Access/Rights");
        var page = await PageClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Нет доступа", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task OpenApi_DescribesTheContractRoutes()
    {
        var app = await apps.GetAsync(Db.Sqlite);
        using var client = app.NewClient();

        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        Assert.Contains("/api/v1/auth/token", paths);
        Assert.Contains("/api/v1/me", paths);
        using var browser = app.CreateClient();
        var reference = await browser.GetAsync("/api/reference");
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
        Assert.Contains("openapi/v1.json", await reference.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
