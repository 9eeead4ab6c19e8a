using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Parta.Access;
using Parta.Data;
using Parta.Movement;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.Movement;

public sealed class MovementApiTests(TestApps apps)
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Transfer_OnTenthOfOctober_ClassListsAreExactOnBothSides(Db db)
    {
        var (app, school, api) = await ArrangeAsync(db);
        var (class5A, studentId) = await app.CreateStudentAsync(school, "Мельникова", enrolled: false);
        var (class5B, _) = await app.CreateStudentAsync(school, "Другая", enrolled: false);

        var admitted = await api.PostAsJsonAsync($"/api/v1/schools/{school.Id}/movement", new
        {
            kind = "admission", studentId, classId = class5A, date = "2026-09-01", orderNumber = "12-у", orderDate = "2026-08-31", reason = "первичное зачисление",
        });
        var groupId = Guid.CreateVersion7();
        await app.WithDbAsync(school.Id, async d =>
        {
            var yearId = await d.SchoolClasses.Where(c => c.Id == class5A).Select(c => c.AcademicYearId).SingleAsync();
            d.StudyGroups.Add(new Parta.Organisation.StudyGroup { Id = groupId, SchoolId = school.Id, AcademicYearId = yearId, Name = "англ. 1", SchoolClassId = class5A });
            d.StudyGroupMembers.Add(new Parta.Organisation.StudyGroupMember { SchoolId = school.Id, StudyGroupId = groupId, StudentId = studentId });
            await d.SaveChangesAsync();
        });
        var transferred = await api.PostAsJsonAsync($"/api/v1/schools/{school.Id}/movement", new
        {
            kind = "transfer", studentId, classId = class5B, date = "2026-10-10", orderNumber = "57-у", orderDate = "2026-10-09",
        });

        Assert.Equal(HttpStatusCode.Created, admitted.StatusCode);
        Assert.Equal(HttpStatusCode.Created, transferred.StatusCode);
        var transfer = await transferred.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("transfer", transfer.GetProperty("kind").GetString());
        Assert.Equal(class5A, transfer.GetProperty("fromClassId").GetGuid());
        Assert.Equal("57-у", transfer.GetProperty("orderNumber").GetString());
        Assert.Equal([], await ListAsync(app, school.Id, class5B, new(2026, 10, 9)));
        Assert.Equal(["Мельникова Анна Игоревна"], await ListAsync(app, school.Id, class5A, new(2026, 10, 9)));
        Assert.Equal(["Мельникова Анна Игоревна"], await ListAsync(app, school.Id, class5B, new(2026, 10, 10)));
        Assert.Equal([], await ListAsync(app, school.Id, class5A, new(2026, 10, 10)));

        Assert.Equal(["Мельникова Анна Игоревна"], await GroupAsync(app, school.Id, groupId, new(2026, 10, 9)));
        Assert.Empty(await GroupAsync(app, school.Id, groupId, new(2026, 10, 10)));

        var onNinth = await api.GetFromJsonAsync<JsonElement>($"/api/v1/classes/{class5A}/students?date=2026-10-09");
        var onTenth = await api.GetFromJsonAsync<JsonElement>($"/api/v1/classes/{class5A}/students?date=2026-10-10");
        Assert.Equal(["Мельникова Анна Игоревна"], onNinth.EnumerateArray().Select(s => s.GetProperty("fullName").GetString()));
        Assert.Equal(0, onTenth.GetArrayLength());

        var events = await api.GetFromJsonAsync<JsonElement>($"/api/v1/schools/{school.Id}/movement?from=2026-09-01&to=2026-12-31");
        Assert.Equal(["admission", "transfer"], events.EnumerateArray().Select(e => e.GetProperty("kind").GetString()));
        var audited = await app.WithDbAsync(null, d => d.AuditEntries.CountAsync(a => a.EntityType == "MovementEvent" && a.SchoolId == school.Id));
        Assert.True(audited > 0);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Admission_OfAStudentAlreadyInAClass_Is422AndChangesNothing(Db db)
    {
        var (app, school, api) = await ArrangeAsync(db);
        var (class5A, studentId) = await app.CreateStudentAsync(school, "Гусева", enrolled: false);
        await api.PostAsJsonAsync($"/api/v1/schools/{school.Id}/movement", new { kind = "admission", studentId, classId = class5A, date = "2026-09-01", orderNumber = "1", orderDate = "2026-09-01" });
        var before = await CountAsync(app, school.Id);

        var again = await api.PostAsJsonAsync($"/api/v1/schools/{school.Id}/movement", new { kind = "admission", studentId, classId = class5A, date = "2026-10-01", orderNumber = "2", orderDate = "2026-10-01" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        var problem = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("На 01.10.2026 учащийся уже числится в классе: зачислить его второй раз нельзя.", problem.GetProperty("title").GetString());
        Assert.Equal(before, await CountAsync(app, school.Id));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Withdrawal_OfAStudentNotInTheSchool_Is422(Db db)
    {
        var (app, school, api) = await ArrangeAsync(db);
        var (_, studentId) = await app.CreateStudentAsync(school, "Зайцева", enrolled: false);

        var response = await api.PostAsJsonAsync($"/api/v1/schools/{school.Id}/movement", new { kind = "withdrawal", studentId, date = "2026-11-16", orderNumber = "3", orderDate = "2026-11-16", withdrawalReason = "moving" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("На 16.11.2026 учащийся не числится в школе.", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Admission_IntoAClassOfAnotherSchool_Is404AndForeignSchoolRouteIs404(Db db)
    {
        var (app, school, api) = await ArrangeAsync(db);
        var other = await app.CreateSchoolAsync();
        var (foreignClass, foreignStudent) = await app.CreateStudentAsync(other, "Чужая", enrolled: false);
        var (_, studentId) = await app.CreateStudentAsync(school, "Своя", enrolled: false);

        var intoForeignClass = await api.PostAsJsonAsync($"/api/v1/schools/{school.Id}/movement", new { kind = "admission", studentId, classId = foreignClass, date = "2026-09-01", orderNumber = "1", orderDate = "2026-09-01" });
        var foreignRoute = await api.PostAsJsonAsync($"/api/v1/schools/{other.Id}/movement", new { kind = "admission", studentId = foreignStudent, classId = foreignClass, date = "2026-09-01", orderNumber = "1", orderDate = "2026-09-01" });
        var foreignList = await api.GetAsync($"/api/v1/schools/{other.Id}/movement");

        Assert.Equal(HttpStatusCode.NotFound, intoForeignClass.StatusCode);
        Assert.Equal("Класс не найден в этой школе.", (await intoForeignClass.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.NotFound, foreignRoute.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreignList.StatusCode);
        Assert.Equal(0, await CountAsync(app, other.Id));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Events_BeforeAdmissionOrWithALateOrder_Are422AndChangeNothing(Db db)
    {
        var (app, school, api) = await ArrangeAsync(db);
        var (class5A, studentId) = await app.CreateStudentAsync(school, "Егорова", enrolled: false);
        await api.PostAsJsonAsync($"/api/v1/schools/{school.Id}/movement", new { kind = "admission", studentId, classId = class5A, date = "2026-09-01", orderNumber = "1", orderDate = "2026-09-01" });
        var before = await CountAsync(app, school.Id);

        var early = await api.PostAsJsonAsync($"/api/v1/schools/{school.Id}/movement", new { kind = "withdrawal", studentId, date = "2026-08-15", orderNumber = "2", orderDate = "2026-08-15" });
        var lateOrder = await api.PostAsJsonAsync($"/api/v1/schools/{school.Id}/movement", new { kind = "withdrawal", studentId, date = "2026-10-01", orderNumber = "3", orderDate = "2026-12-20" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        Assert.Equal("Дата события 15.08.2026 раньше зачисления учащегося (01.09.2026).", (await early.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, lateOrder.StatusCode);
        Assert.StartsWith("Приказ от 20.12.2026 подписан позже даты события 01.10.2026", (await lateOrder.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync(app, school.Id));
    }

    [Fact]
    public async Task Record_WithAnUnknownKind_Is422WithFieldError()
    {
        var (_, school, api) = await ArrangeAsync(Db.Sqlite);

        var response = await api.PostAsJsonAsync($"/api/v1/schools/{school.Id}/movement", new { kind = "teleport" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("kind", out _));
    }

    private async Task<(PartaAppFactory App, TestSchool School, HttpClient Api)> ArrangeAsync(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var coordinator = await app.CreateUserAsync(school, SchoolRole.Coordinator);
        return (app, school, app.ApiClient(await app.TokenAsync(coordinator.Login, coordinator.Password)));
    }

    private static async Task<List<string>> ListAsync(PartaAppFactory app, Guid schoolId, Guid classId, DateOnly date)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem(schoolId);
        var list = await ClassLists.OnDateAsync(scope.ServiceProvider.GetRequiredService<PartaDbContext>(), classId, date);
        return list.Select(e => e.FullName).ToList();
    }

    private static async Task<List<string>> GroupAsync(PartaAppFactory app, Guid schoolId, Guid groupId, DateOnly date)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem(schoolId);
        var list = await ClassLists.GroupOnDateAsync(scope.ServiceProvider.GetRequiredService<PartaDbContext>(), groupId, date);
        return list.Select(e => e.FullName).ToList();
    }

    private static Task<int> CountAsync(PartaAppFactory app, Guid schoolId) =>
        app.WithDbAsync(schoolId, d => d.MovementEvents.CountAsync());
}
