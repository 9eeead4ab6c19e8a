using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Parta.Web.Api;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.Api;

/// <summary>The one place that turns a refusal into problem details: each kind of error gets its status and a Russian title.</summary>
public sealed class ApiResultsTests(TestApps apps)
{
    [Fact]
    public async Task StaleRecord_Is409WithTheVersionAndTheValuesSavedNow()
    {
        var (status, body) = await RenderAsync(new StaleRecord(42, new Dictionary<string, string> { ["LastName"] = "Сидорова" }));

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.StartsWith(StaleRecord.Title, body.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(42u, body.GetProperty("version").GetUInt32());
        Assert.Equal("Сидорова", body.GetProperty("current").GetProperty("lastName").GetString());
    }

    [Fact]
    public async Task InvalidFields_Are422WithErrorsByCamelCaseField()
    {
        var (status, body) = await RenderAsync(new Invalid("Заполните поле «Имя».", "Student.FirstName"), new Invalid("Укажите дату.", "Date"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal("Запрос заполнен неверно", body.GetProperty("title").GetString());
        Assert.Equal("Заполните поле «Имя».", body.GetProperty("errors").GetProperty("student.firstName")[0].GetString());
        Assert.Equal("Укажите дату.", body.GetProperty("errors").GetProperty("date")[0].GetString());
    }

    [Fact]
    public async Task NotFoundWithAField_IsStill404InTheApi()
    {
        var (status, body) = await RenderAsync(new NotFound("Класс не найден в этой школе.", "ClassId"));

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("Класс не найден в этой школе.", body.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Forbidden_Is403()
    {
        var (status, _) = await RenderAsync(new Forbidden());

        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Fact]
    public async Task PermissionMissing_OverHttp_Is403WithARussianTitle()
    {
        var app = await apps.GetAsync(Db.Sqlite);
        var school = await app.CreateSchoolAsync();
        var parent = await app.CreateUserAsync(school, Parta.Access.SchoolRole.Parent);
        using var api = app.ApiClient(await app.TokenAsync(parent.Login, parent.Password));

        var response = await api.GetAsync($"/api/v1/schools/{school.Id}/movement");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Недостаточно прав.", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> RenderAsync(params Error[] errors)
    {
        var app = await apps.GetAsync(Db.Sqlite);
        using var scope = app.Services.CreateScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Response.Body = new MemoryStream();

        await ApiResults.Refused(errors).ExecuteAsync(context);

        context.Response.Body.Position = 0;
        return ((HttpStatusCode)context.Response.StatusCode, await JsonSerializer.DeserializeAsync<JsonElement>(context.Response.Body));
    }
}
