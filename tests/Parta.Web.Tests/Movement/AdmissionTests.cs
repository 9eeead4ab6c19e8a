using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.Movement;

/// <summary>A new student comes into the school through one use case (AdmitStudent), from the page and from the API alike.</summary>
public sealed class AdmissionTests(TestApps apps)
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task ApiAdmission_WithANewStudentsCard_CreatesTheCardNumberedAndTheEvent(Db db)
    {
        var (app, school, api) = await ArrangeAsync(db);
        var classId = await app.CreateClassAsync(school, 6, "А");

        var response = await api.PostAsJsonAsync($"/api/v1/schools/{school.Id}/movement", new
        {
            kind = "admission", classId, date = "2026-11-09", orderNumber = "61-у", orderDate = "2026-11-06", otherSchool = "МБОУ СОШ № 3",
            student = new { lastName = "Яшина", firstName = "Полина", middleName = "Сергеевна", birthDate = "2014-02-11", gender = "female" },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("admission", "Яшина Полина Сергеевна", "6А"), (body.GetProperty("kind").GetString(), body.GetProperty("studentName").GetString(), body.GetProperty("className").GetString()));
        var card = await app.WithDbAsync(school.Id, d => d.Students.Where(s => s.LastName == "Яшина").Select(s => new { s.PersonalFileNumber, s.Gender, s.SchoolClassId }).SingleAsync());
        Assert.Equal(("Я-1", Parta.People.Gender.Female, (Guid?)classId), (card.PersonalFileNumber, card.Gender, card.SchoolClassId));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task ApiAdmission_RefusedByTheBook_LeavesNoCardBehind(Db db)
    {
        var (app, school, api) = await ArrangeAsync(db);
        var classId = await app.CreateClassAsync(school, 6, "Б");

        var response = await api.PostAsJsonAsync($"/api/v1/schools/{school.Id}/movement", new
        {
            kind = "admission", classId, date = "2026-11-09", orderNumber = "62-у", orderDate = "2026-12-30",
            student = new { lastName = "Безприказова", firstName = "Ольга" },
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.StartsWith("Приказ от 30.12.2026 подписан позже", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(school.Id, d => d.Students.AnyAsync(s => s.LastName == "Безприказова")));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task ApiAdmission_CardWithoutAFirstName_Is422ForThatField(Db db)
    {
        var (app, school, api) = await ArrangeAsync(db);
        var classId = await app.CreateClassAsync(school, 6, "В");

        var response = await api.PostAsJsonAsync($"/api/v1/schools/{school.Id}/movement", new
        {
            kind = "admission", classId, date = "2026-11-09", orderNumber = "63-у", orderDate = "2026-11-09", student = new { lastName = "Безымянная" },
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("Заполните поле «Имя».", errors.GetProperty("student.firstName")[0].GetString());
        Assert.False(await app.WithDbAsync(school.Id, d => d.Students.AnyAsync(s => s.LastName == "Безымянная")));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task ApiTransfer_WithAStudentCardInsteadOfAnId_Is422(Db db)
    {
        var (app, school, api) = await ArrangeAsync(db);
        var classId = await app.CreateClassAsync(school, 6, "Г");

        var response = await api.PostAsJsonAsync($"/api/v1/schools/{school.Id}/movement", new
        {
            kind = "transfer", classId, date = "2026-11-09", orderNumber = "64-у", orderDate = "2026-11-09", student = new { lastName = "Новая", firstName = "Ирина" },
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("student", out _));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task PageAdmission_OfANewStudentWithoutAClass_IsRefusedNextToTheClassAndNoCardIsMade(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));

        var response = await client.SubmitFormAsync("/Movement/Record", new Dictionary<string, string>
        {
            ["Kind"] = "Admission", ["StudentId"] = "", ["Student.LastName"] = "Бесклассова", ["Student.FirstName"] = "Анна", ["ClassId"] = "",
            ["Date"] = "2026-11-09", ["OrderNumber"] = "65-у", ["OrderDate"] = "2026-11-09",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageClient.ParseAsync(response);
        Assert.Equal("Выберите класс, в который прибывает учащийся.", page.QuerySelector("[data-valmsg-for=ClassId]")!.TextContent.Trim());
        Assert.Equal("Бесклассова", page.QuerySelector("input[name='Student.LastName']")!.GetAttribute("value"));
        Assert.False(await app.WithDbAsync(school.Id, d => d.Students.AnyAsync(s => s.LastName == "Бесклассова")));
    }

    private async Task<(PartaAppFactory App, TestSchool School, HttpClient Api)> ArrangeAsync(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var coordinator = await app.CreateUserAsync(school, SchoolRole.Coordinator);
        return (app, school, app.ApiClient(await app.TokenAsync(coordinator.Login, coordinator.Password)));
    }
}
