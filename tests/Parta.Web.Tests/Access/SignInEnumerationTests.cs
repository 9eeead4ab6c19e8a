using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.Access;

/// <summary>Sign-in never tells whether a login exists: a made-up one is answered exactly as a real one.</summary>
public sealed class SignInEnumerationTests(TestApps apps)
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task FiveWrongPasswords_RealAndMadeUpLogin_BothLockedOutTheSameWay(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var real = await app.CreateUserAsync(school, SchoolRole.Teacher);
        var madeUp = "nobody" + Guid.NewGuid().ToString("N")[..8];
        using var client = app.NewClient();

        var realAnswers = new List<HttpStatusCode>();
        var madeUpAnswers = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            realAnswers.Add((await client.PostAsJsonAsync("/api/v1/auth/token", new { login = real.Login, password = $"неверный {i}" })).StatusCode);
            madeUpAnswers.Add((await client.PostAsJsonAsync("/api/v1/auth/token", new { login = madeUp, password = $"неверный {i}" })).StatusCode);
        }

        Assert.Equal(realAnswers, madeUpAnswers);
        Assert.Equal(HttpStatusCode.TooManyRequests, madeUpAnswers[4]);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task MadeUpLoginLockedOut_SaysWhatARealOneSays(Db db)
    {
        var app = await apps.GetAsync(db);
        var madeUp = "nobody" + Guid.NewGuid().ToString("N")[..8];
        using var client = app.NewClient();
        for (var i = 0; i < 4; i++)
        {
            await client.PostAsJsonAsync("/api/v1/auth/token", new { login = madeUp, password = "неверный" });
        }

        var page = await client.SignInAsync(madeUp, "неверный");

        Assert.Equal("Слишком много неудачных попыток: вход временно заблокирован. Попробуйте через 5 минут.",
            (await PageClient.ParseAsync(page)).QuerySelector(".alert-danger")!.TextContent.Trim());
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task BlockedAccount_WithAWrongPassword_IsJustAWrongPassword(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var user = await app.CreateUserAsync(school, SchoolRole.Parent);
        await app.WithDbAsync(null, async d =>
        {
            (await d.Users.SingleAsync(u => u.Id == user.Id)).IsBlocked = true;
            await d.SaveChangesAsync();
        });
        using var client = app.NewClient();

        var wrong = await client.PostAsJsonAsync("/api/v1/auth/token", new { login = user.Login, password = "не тот" });
        var right = await client.PostAsJsonAsync("/api/v1/auth/token", new { login = user.Login, password = user.Password });

        Assert.Equal("Неверный логин или пароль.", (await wrong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        Assert.Equal("Учётная запись заблокирована. Обратитесь к координатору школы.", (await right.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }
}
