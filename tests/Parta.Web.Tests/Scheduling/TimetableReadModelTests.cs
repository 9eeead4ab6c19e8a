using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Parta.Movement;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.Scheduling;

/// <summary>Whose lessons the one read model of dated lessons gives, through the timetable API.</summary>
public sealed class TimetableReadModelTests(TestApps apps)
{
    private const string Week = "from=2026-11-30&to=2026-12-06";

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task ClassTimetable_HasItsOwnItsGroupsAndItsStudentsElectiveLessons(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await app.CreateTimetableWorldAsync();
        using var api = app.ApiClient(await app.TokenAsync(w.Coordinator.Login, w.Coordinator.Password));

        var lessons = await api.GetFromJsonAsync<JsonElement>($"/api/v1/classes/{w.ClassId}/timetable?{Week}");

        Assert.Equal(
            ["2026-11-30 1 Математика", "2026-11-30 2 Английский язык", "2026-11-30 2 Английский язык", "2026-12-01 1 Математика", "2026-12-02 7 Математика"],
            lessons.EnumerateArray().Select(l => $"{l.GetProperty("date").GetString()} {l.GetProperty("number").GetInt32()} {l.GetProperty("subject").GetString()}"));
        Assert.Equal(
            new[] { w.Group1Id, w.Group2Id, w.ElectiveId }.Order(),
            lessons.EnumerateArray().Where(l => l.GetProperty("groupId").ValueKind != JsonValueKind.Null).Select(l => l.GetProperty("groupId").GetGuid()).Order());
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task StudentTimetable_HasOnlyTheirOwnGroupOfASplit(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await app.CreateTimetableWorldAsync();
        using var api = app.ApiClient(await app.TokenAsync(w.AnnaAccount.Login, w.AnnaAccount.Password));

        var lessons = (await api.GetFromJsonAsync<JsonElement>($"/api/v1/me/timetable?{Week}")).EnumerateArray().ToList();

        Assert.Equal(3, lessons.Count);
        var english = Assert.Single(lessons, l => l.GetProperty("subjectId").GetGuid() == w.EnglishId);
        Assert.Equal(w.Group1Id, english.GetProperty("groupId").GetGuid());
        Assert.DoesNotContain(lessons, l => l.GetProperty("number").GetInt32() == 7);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task StudentTimetable_AfterTransferToAnotherClass_HasNoLessonsOfTheOldClass(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await app.CreateTimetableWorldAsync();
        await app.RecordMovementAsync(w.School, w.AnnaId, MovementKind.Transfer, w.OtherClassId, TimetableWorld.Tuesday);
        using var api = app.ApiClient(await app.TokenAsync(w.AnnaAccount.Login, w.AnnaAccount.Password));

        var lessons = (await api.GetFromJsonAsync<JsonElement>($"/api/v1/me/timetable?{Week}")).EnumerateArray().ToList();

        Assert.Equal(["2026-11-30", "2026-11-30"], lessons.Select(l => l.GetProperty("date").GetString()));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Substitution_IsInTheSubstitutesTimetable_NotInTheAbsentTeachers(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await app.CreateTimetableWorldAsync();
        var petrovaAccount = await app.CreateUserAsync(w.School, Parta.Access.SchoolRole.Teacher);
        await app.WithDbAsync(w.School.Id, async d =>
        {
            (await d.StaffMembers.FindAsync(w.PetrovaId))!.UserId = petrovaAccount.Id;
            await d.SaveChangesAsync();
        });
        using var ivanova = app.ApiClient(await app.TokenAsync(w.Teacher.Login, w.Teacher.Password));
        using var petrova = app.ApiClient(await app.TokenAsync(petrovaAccount.Login, petrovaAccount.Password));

        var absent = (await ivanova.GetFromJsonAsync<JsonElement>($"/api/v1/me/timetable?{Week}")).EnumerateArray().ToList();
        var substitute = (await petrova.GetFromJsonAsync<JsonElement>($"/api/v1/me/timetable?{Week}")).EnumerateArray().ToList();

        Assert.DoesNotContain(absent, l => l.GetProperty("date").GetString() == "2026-12-01");
        var taken = Assert.Single(substitute, l => l.GetProperty("date").GetString() == "2026-12-01");
        Assert.Equal("substitution", taken.GetProperty("changed").GetString());
        Assert.Equal(w.PetrovaId, taken.GetProperty("teacherId").GetGuid());
        Assert.StartsWith("Петрова", taken.GetProperty("teacher").GetString());
    }
}
