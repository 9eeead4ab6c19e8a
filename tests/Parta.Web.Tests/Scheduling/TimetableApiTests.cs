using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Parta.Access;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.Scheduling;

public sealed class TimetableApiTests(TestApps apps)
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task GetClassTimetable_GivesTheContractFields_WithTimesAndChange(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await app.CreateTimetableWorldAsync();
        using var api = app.ApiClient(await app.TokenAsync(w.Teacher.Login, w.Teacher.Password));

        var lessons = await api.GetFromJsonAsync<JsonElement>($"/api/v1/classes/{w.ClassId}/timetable?from=2026-12-01&to=2026-12-01");

        var lesson = Assert.Single(lessons.EnumerateArray());
        Assert.Equal(
            ["lessonId", "date", "number", "start", "end", "subjectId", "subject", "teacherId", "teacher", "roomId", "room", "groupId", "changed"],
            lesson.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2026-12-01", lesson.GetProperty("date").GetString());
        Assert.Equal("08:30", lesson.GetProperty("start").GetString());
        Assert.Equal("09:15", lesson.GetProperty("end").GetString());
        Assert.Equal("Математика", lesson.GetProperty("subject").GetString());
        Assert.Equal("214", lesson.GetProperty("room").GetString());
        Assert.Equal(JsonValueKind.Null, lesson.GetProperty("groupId").ValueKind);
        Assert.Equal("substitution", lesson.GetProperty("changed").GetString());
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task GetTimetable_RangeLongerThan31Days_Is422InRussian(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await app.CreateTimetableWorldAsync();
        using var api = app.ApiClient(await app.TokenAsync(w.Teacher.Login, w.Teacher.Password));

        using var byClass = await api.GetAsync($"/api/v1/classes/{w.ClassId}/timetable?from=2026-11-01&to=2026-12-02");
        using var mine = await api.GetAsync("/api/v1/me/timetable?from=2026-11-01&to=2026-12-02");

        foreach (var response in new[] { byClass, mine })
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.Contains("не больше 31 дня", await response.Content.ReadAsStringAsync());
        }
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task GetTimetable_WithoutRange_GivesTheCurrentWeek(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await app.CreateTimetableWorldAsync();
        using var api = app.ApiClient(await app.TokenAsync(w.Coordinator.Login, w.Coordinator.Password));

        var lessons = await api.GetFromJsonAsync<JsonElement>($"/api/v1/classes/{w.ClassId}/timetable");

        Assert.Equal(5, lessons.GetArrayLength());
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task GetClassTimetable_OfAnotherSchool_Is404(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await app.CreateTimetableWorldAsync();
        var other = await app.CreateSchoolAsync();
        var stranger = await app.CreateUserAsync(other, SchoolRole.Coordinator);
        using var api = app.ApiClient(await app.TokenAsync(stranger.Login, stranger.Password));

        using var response = await api.GetAsync($"/api/v1/classes/{w.ClassId}/timetable");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Parent_ReadsOwnChildAndTheirClass_NotAnotherChildOrClass(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await app.CreateTimetableWorldAsync();
        using var api = app.ApiClient(await app.TokenAsync(w.Parent.Login, w.Parent.Password));

        using var withoutChild = await api.GetAsync("/api/v1/me/timetable");
        var child = await api.GetFromJsonAsync<JsonElement>($"/api/v1/me/timetable?studentId={w.AnnaId}&from=2026-11-30&to=2026-12-06");
        using var otherChild = await api.GetAsync($"/api/v1/me/timetable?studentId={w.BorisId}");
        using var childsClass = await api.GetAsync($"/api/v1/classes/{w.ClassId}/timetable");
        using var otherClass = await api.GetAsync($"/api/v1/classes/{w.OtherClassId}/timetable");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, withoutChild.StatusCode);
        Assert.Equal(3, child.GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, otherChild.StatusCode);
        Assert.Equal(HttpStatusCode.OK, childsClass.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherClass.StatusCode);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task OpenApi_DescribesTheTimetableRoutes(Db db)
    {
        var app = await apps.GetAsync(db);
        using var client = app.NewClient();

        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        Assert.Contains("ЧЧ:ММ", paths.GetProperty("/api/v1/classes/{classId}/timetable").GetProperty("get").GetProperty("description").GetString());
        Assert.False(string.IsNullOrEmpty(paths.GetProperty("/api/v1/me/timetable").GetProperty("get").GetProperty("summary").GetString()));
    }
}
