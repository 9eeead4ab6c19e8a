using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Parta.Access;
using Parta.Demo;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.Api;

public sealed class AuthApiTests(TestApps apps)
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Token_RightPassword_ReturnsBearerThatOpensMe(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var teacher = await app.CreateUserAsync(school, SchoolRole.Teacher, lastName: "Токенова");
        using var client = app.NewClient();

        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { login = teacher.Login, password = teacher.Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Bearer", token.GetProperty("tokenType").GetString());
        Assert.Equal(3600, token.GetProperty("expiresIn").GetInt32());
        using var api = app.ApiClient(token.GetProperty("accessToken").GetString()!);
        var me = await api.GetFromJsonAsync<JsonElement>("/api/v1/me");
        Assert.Equal(teacher.Id, me.GetProperty("id").GetGuid());
        Assert.Equal(teacher.Login, me.GetProperty("login").GetString());
        Assert.StartsWith("Токенова ", me.GetProperty("fullName").GetString(), StringComparison.Ordinal);
        Assert.Equal(["teacher"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(school.Name, me.GetProperty("schools")[0].GetProperty("name").GetString());
        Assert.Equal(0, me.GetProperty("children").GetArrayLength());
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Token_WrongPassword_Returns401ProblemInRussian(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var user = await app.CreateUserAsync(school, SchoolRole.Teacher);
        using var client = app.NewClient();

        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { login = user.Login, password = "неверный" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Неверный логин или пароль.", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Token_EmptyBody_Returns400WithFieldErrors()
    {
        var app = await apps.GetAsync(Db.Sqlite);
        using var client = app.NewClient();

        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Укажите логин.", problem.GetProperty("errors").GetProperty("login")[0].GetString());
        Assert.Equal("Укажите пароль.", problem.GetProperty("errors").GetProperty("password")[0].GetString());
    }

    [Fact]
    public async Task Token_TextPlainBody_Is415InRussian()
    {
        var app = await apps.GetAsync(Db.Sqlite);
        using var client = app.NewClient();

        var response = await client.PostAsync("/api/v1/auth/token", new StringContent("{\"login\":\"a\",\"password\":\"b\"}", System.Text.Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("Тело запроса должно быть JSON: Content-Type: application/json.", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Api_BodyOverAMegabyte_Is413BeforeItIsRead()
    {
        var app = await apps.GetAsync(Db.Sqlite);
        using var client = app.NewClient();

        var response = await client.PostAsync("/api/v1/auth/token", new StringContent("{\"login\":\"" + new string('a', 2_000_000) + "\"}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.StartsWith("Запрос слишком велик", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Api_WithSessionCookieOnly_Returns401(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var coordinator = await app.CreateUserAsync(school, SchoolRole.Coordinator);
        using var browser = await app.SignedInClientAsync(coordinator);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);

        // The API takes bearer tokens only: a page's cookie (which a cross-site request would carry) opens nothing.
        var me = await browser.GetAsync("/api/v1/me");
        var write = await browser.PostAsJsonAsync($"/api/v1/schools/{school.Id}/movement", new { kind = "admission" });

        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, write.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(school.Id, d => d.MovementEvents.CountAsync()));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Token_AfterPasswordChangeOrBlock_NoLongerOpensTheApi(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var teacher = await app.CreateUserAsync(school, SchoolRole.Teacher);
        using var before = app.ApiClient(await app.TokenAsync(teacher.Login, teacher.Password));
        Assert.Equal(HttpStatusCode.OK, (await before.GetAsync("/api/v1/me")).StatusCode);

        using var browser = await app.SignedInClientAsync(teacher);
        var changed = await browser.SubmitFormAsync("/Account/ChangePassword", new Dictionary<string, string>
        {
            ["CurrentPassword"] = teacher.Password,
            ["NewPassword"] = "совсем другой длинный пароль",
            ["ConfirmPassword"] = "совсем другой длинный пароль",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await before.GetAsync("/api/v1/me")).StatusCode);
        using var after = app.ApiClient(await app.TokenAsync(teacher.Login, "совсем другой длинный пароль"));
        Assert.Equal(HttpStatusCode.OK, (await after.GetAsync("/api/v1/me")).StatusCode);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Token_SessionEndedOrRoleRemovedElsewhere_ActsAtTheNextRequest(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var teacher = await app.CreateUserAsync(school, SchoolRole.Teacher);
        var director = await app.CreateUserAsync(school, SchoolRole.Director);
        using var teacherApi = app.ApiClient(await app.TokenAsync(teacher.Login, teacher.Password));
        using var directorApi = app.ApiClient(await app.TokenAsync(director.Login, director.Password));
        Assert.Equal(HttpStatusCode.OK, (await teacherApi.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await directorApi.GetAsync("/api/v1/me")).StatusCode);

        // Another node of the same database ends the session or removes the role: only the rows change, nothing in this
        // process is told.
        await app.WithDbAsync(null, d => d.UserSessions.Where(s => s.UserId == teacher.Id).ExecuteDeleteAsync());
        await app.WithDbAsync(null, d => d.SchoolMemberships.IgnoreQueryFilters().Where(m => m.UserId == director.Id).ExecuteDeleteAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, (await teacherApi.GetAsync("/api/v1/me")).StatusCode);
        var me = await directorApi.GetFromJsonAsync<JsonElement>("/api/v1/me");
        Assert.Equal(director.Id, me.GetProperty("id").GetGuid());
        Assert.Equal(0, me.GetProperty("roles").GetArrayLength());
        Assert.Equal(0, me.GetProperty("schools").GetArrayLength());
    }

    [Fact]
    public async Task Me_WithoutToken_Returns401()
    {
        var app = await apps.GetAsync(Db.Sqlite);
        using var client = app.NewClient();

        var response = await client.GetAsync("/api/v1/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Me_WithForgedToken_Returns401()
    {
        var app = await apps.GetAsync(Db.Sqlite);
        using var api = app.ApiClient("CfDJ8-forged-token");

        var response = await api.GetAsync("/api/v1/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Me_EachDemoRole_ReturnsItsRolesAndFamily(Db db)
    {
        await using var app = await apps.CreateSeparateAsync(db, new Dictionary<string, string?>());
        using (var scope = app.Services.CreateScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<DemoPreset>().SeedAsync());
        }

        var expectedRoles = new Dictionary<string, string[]>
        {
            ["admin"] = ["systemAdministrator"],
            ["coordinator"] = ["coordinator", "deputyDirector"],
            ["director"] = ["director"],
            ["teacher"] = ["teacher"],
            ["parent"] = ["parent"],
            ["student"] = ["student"],
        };
        foreach (var (login, role) in expectedRoles)
        {
            using var api = app.ApiClient(await app.TokenAsync(login, DemoPreset.Password));
            var me = await api.GetFromJsonAsync<JsonElement>("/api/v1/me");
            Assert.Equal(login, me.GetProperty("login").GetString());
            Assert.Equal(role, me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
            var children = me.GetProperty("children").EnumerateArray()
                .Select(c => $"{c.GetProperty("fullName").GetString()} {c.GetProperty("className").GetString()}").ToList();
            if (login == "parent")
            {
                Assert.Equal(["Кузнецов Иван Дмитриевич 7Б", "Кузнецова Анна Дмитриевна 5А"], children);
            }
            else
            {
                Assert.Empty(children);
            }

            Assert.Equal(login == "student", me.GetProperty("studentId").ValueKind == JsonValueKind.String);
        }
    }
}
