using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Movement;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.Movement;

/// <summary>Several people keeping the book at the same moment: nothing answers 500, and the book stays valid.</summary>
public sealed class MovementConcurrencyTests(TestApps apps)
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task EightAdmissions_UnderOneNewOrderAtOnce_AllRecordedUnderOneOrder(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var coordinator = await app.CreateUserAsync(school, SchoolRole.Coordinator);
        var token = await app.TokenAsync(coordinator.Login, coordinator.Password);
        var classId = await app.CreateClassAsync(school, 7, "А");
        var students = new List<Guid>();
        for (var i = 0; i < 8; i++)
        {
            students.Add(await app.AddStudentAsync(school, null, $"Параллельная{i}", "Вера"));
        }

        var responses = await Task.WhenAll(students.Select(async studentId =>
        {
            using var api = app.ApiClient(token);
            return await api.PostAsJsonAsync($"/api/v1/schools/{school.Id}/movement", new
            {
                kind = "admission", studentId, classId, date = "2026-11-16", orderNumber = "77-у", orderDate = "2026-11-16",
            });
        }));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Equal(1, await app.WithDbAsync(school.Id, d => d.MovementOrders.CountAsync(o => o.Number == "77-у")));
        Assert.Equal(8, await app.WithDbAsync(school.Id, d => d.MovementEvents.CountAsync()));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task TwoAdmissions_OfOneStudentAtOnce_OneIsRecordedTheOtherRefused(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var coordinator = await app.CreateUserAsync(school, SchoolRole.Coordinator);
        var token = await app.TokenAsync(coordinator.Login, coordinator.Password);
        var classA = await app.CreateClassAsync(school, 7, "Б");
        var classB = await app.CreateClassAsync(school, 7, "В");
        var studentId = await app.AddStudentAsync(school, null, "Двойнова", "Лиза");

        var responses = await Task.WhenAll(new[] { classA, classB }.Select(async classId =>
        {
            using var api = app.ApiClient(token);
            return await api.PostAsJsonAsync($"/api/v1/schools/{school.Id}/movement", new
            {
                kind = "admission", studentId, classId, date = "2026-11-16", orderNumber = "78-у", orderDate = "2026-11-16",
            });
        }));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Single(responses, r => r.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.UnprocessableEntity);
        Assert.Equal(1, await app.WithDbAsync(school.Id, d => d.MovementEvents.CountAsync(e => e.StudentId == studentId && !e.Cancelled)));
        Assert.Equal(1, await app.WithDbAsync(school.Id, d => ClassLists.InForceOn(d, new DateOnly(2026, 11, 20)).CountAsync(e => e.StudentId == studentId)));
    }
}
