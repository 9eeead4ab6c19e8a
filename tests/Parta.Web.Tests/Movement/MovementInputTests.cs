using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.Movement;

/// <summary>What the movement book refuses to store: values its columns cannot hold, characters that have no place in a record, dates off the calendar.</summary>
public sealed class MovementInputTests(TestApps apps)
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Api_OrderNumberLongerThanItsColumn_Is422AndNothingStored(Db db)
    {
        var (app, school, api, studentId, classId) = await ArrangeAsync(db);

        var response = await api.PostAsJsonAsync($"/api/v1/schools/{school.Id}/movement", new
        {
            kind = "admission", studentId, classId, date = "2026-11-02", orderNumber = new string('7', 1_000_000), orderDate = "2026-11-02",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("Поле «Номер приказа»: не длиннее 50 символов.", (await ErrorsAsync(response)).GetProperty("orderNumber")[0].GetString());
        Assert.Equal(0, await app.WithDbAsync(school.Id, d => d.MovementEvents.CountAsync()));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Api_ControlCharactersInTheReason_Are422AndNothingStored(Db db)
    {
        var (app, school, api, studentId, classId) = await ArrangeAsync(db);

        var response = await api.PostAsJsonAsync($"/api/v1/schools/{school.Id}/movement", new
        {
            kind = "admission", studentId, classId, date = "2026-11-02", orderNumber = "5-у", orderDate = "2026-11-02", reason = "заявление\u0000\u001b[31m\r\nи ещё",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("Поле «Основание» содержит недопустимые (управляющие) символы.", (await ErrorsAsync(response)).GetProperty("reason")[0].GetString());
        Assert.Equal(0, await app.WithDbAsync(school.Id, d => d.MovementEvents.CountAsync()));
    }

    [Theory]
    [InlineData("999")]
    [InlineData("moving,other")]
    [InlineData("Moving Other")]
    public async Task Api_WithdrawalReasonThatIsNoReason_Is422(string reason)
    {
        var (app, school, api, studentId, classId) = await ArrangeAsync(Db.Sqlite);
        await app.RecordMovementAsync(school, studentId, Parta.Movement.MovementKind.Admission, classId, new DateOnly(2026, 9, 1));

        var response = await api.PostAsJsonAsync($"/api/v1/schools/{school.Id}/movement", new
        {
            kind = "withdrawal", studentId, date = "2026-11-02", orderNumber = "6-у", orderDate = "2026-11-02", withdrawalReason = reason,
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.StartsWith("Причина выбытия — одна из: transferToAnotherSchool, moving, graduation, other", (await ErrorsAsync(response)).GetProperty("withdrawalReason")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(school.Id, d => d.MovementEvents.CountAsync()));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Api_DateAtTheEndOfTheCalendar_Is422WithTheWindow(Db db)
    {
        var (app, school, api, studentId, classId) = await ArrangeAsync(db);

        var response = await api.PostAsJsonAsync($"/api/v1/schools/{school.Id}/movement", new
        {
            kind = "admission", studentId, classId, date = "9999-12-31", orderNumber = "7-у", orderDate = "9999-12-31",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("«Дата события»: дата 31.12.9999 вне допустимого промежутка 01.01.1990 – 30.11.2036.", (await ErrorsAsync(response)).GetProperty("date")[0].GetString());
        Assert.Equal(0, await app.WithDbAsync(school.Id, d => d.MovementEvents.CountAsync()));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Page_DateAtTheEndOfTheCalendar_IsShownNextToTheDate(Db db)
    {
        var (app, school, _, studentId, classId) = await ArrangeAsync(db);
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));

        var response = await client.SubmitFormAsync("/Movement/Record", new Dictionary<string, string>
        {
            ["Kind"] = "Admission", ["StudentId"] = studentId.ToString(), ["ClassId"] = classId.ToString(), ["Date"] = "9999-12-31",
            ["OrderNumber"] = "8-у", ["OrderDate"] = "2026-11-02",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageClient.ParseAsync(response);
        Assert.StartsWith("«Дата события»: дата 31.12.9999 вне допустимого промежутка", page.QuerySelector("[data-valmsg-for=Date]")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_JsonThatCannotBeRead_Is400InRussian()
    {
        var (_, school, api, _, _) = await ArrangeAsync(Db.Sqlite);

        var response = await api.PostAsync($"/api/v1/schools/{school.Id}/movement", new StringContent("{\"kind\": \"admission\", \"date\": ", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("Запрос не удалось прочитать", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> ErrorsAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");

    private async Task<(PartaAppFactory App, TestSchool School, HttpClient Api, Guid StudentId, Guid ClassId)> ArrangeAsync(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var coordinator = await app.CreateUserAsync(school, SchoolRole.Coordinator);
        var classId = await app.CreateClassAsync(school, 8, "А");
        var studentId = await app.AddStudentAsync(school, null, "Вводова", "Дарья");
        return (app, school, app.ApiClient(await app.TokenAsync(coordinator.Login, coordinator.Password)), studentId, classId);
    }
}
