using Parta.Access;
using Parta.Movement;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.Home;

public sealed class HomeTests(TestApps apps)
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task TeacherHome_ShowsWhatTheyTeachWithHoursAndTheirClassWithALinkToItsPage(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var class5A = await app.CreateClassAsync(school, 5, "А");
        var class10B = await app.CreateClassAsync(school, 10, "Б");
        var teacher = await app.CreateUserAsync(school, SchoolRole.Teacher);
        var staffId = await app.MakeClassTeacherAsync(school, class5A, teacher);
        await app.AddStudentAsync(school, class5A, "Кузнецова", "Анна");
        var maths = await app.CreateSubjectAsync(school, "Математика", "Мат");
        var physics = await app.CreateSubjectAsync(school, "Физика", "Физ");
        await app.CreateAssignmentAsync(school, staffId, physics, class10B, null, 2);
        await app.CreateAssignmentAsync(school, staffId, maths, class5A, null, 5);
        using var client = await app.SignedInClientAsync(teacher);

        var home = await client.GetDocumentAsync("/");

        var rows = home.QuerySelectorAll("#my-teaching tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList()).ToList();
        Assert.Equal([["5А", "Математика", "5"], ["10Б", "Физика", "2"]], rows);
        Assert.Equal("7", home.QuerySelector("#my-teaching tfoot td")!.TextContent.Trim());
        Assert.Equal($"/Organisation/Classes/Details?id={class10B}", home.QuerySelectorAll("#my-teaching tbody a")[1].GetAttribute("href"));
        var own = home.QuerySelector($"#class-{class5A}")!;
        Assert.Equal("Мой класс: 5А", own.TextContent.Trim());
        Assert.Contains("1 учащийся", own.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Null(home.QuerySelector("#attention"));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task DirectorHome_ListsWhatNeedsAttentionWithLinks_AndTheRecentMovement(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var class5A = await app.CreateClassAsync(school, 5, "А");
        await app.AddStudentAsync(school, class5A, "Кузнецова", "Анна");
        var leaver = await app.AddStudentAsync(school, class5A, "Романов", "Александр");
        await app.RecordMovementAsync(school, leaver, MovementKind.Withdrawal, null, new DateOnly(2026, 11, 16), "12-в");
        var unused = await app.CreateUserAsync(school, SchoolRole.Parent);
        await app.WithDbAsync(null, async d =>
        {
            var user = await d.Users.FindAsync(unused.Id);
            user!.MustChangePassword = true;
            await d.SaveChangesAsync();
        });
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Director));

        var home = await client.GetDocumentAsync("/");

        var items = home.QuerySelectorAll(".attention-items li").ToList();
        var accounts = items.Single(i => i.TextContent.Contains("Учётные записи:", StringComparison.Ordinal));
        Assert.Contains("1 учётная запись ещё не использована", accounts.TextContent, StringComparison.Ordinal);
        Assert.Equal("/Access/Accounts", accounts.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains(items, i => i.TextContent.Contains("Классные руководители", StringComparison.Ordinal)
            && i.QuerySelector("a")!.GetAttribute("href")!.StartsWith("/Organisation/Classes", StringComparison.Ordinal));
        Assert.Equal("1", home.QuerySelector("#school-students")!.TextContent.Trim());
        var recent = home.QuerySelectorAll("#recent-movement-list tbody tr").Single().TextContent;
        Assert.Contains("16.11.2026", recent, StringComparison.Ordinal);
        Assert.Contains("Выбытие", recent, StringComparison.Ordinal);
        Assert.Contains("Романов Александр", recent, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task TeacherLists_OpenOnTheirOwnClassesAndLoad_AndShowEveryoneOnRequest(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var class5A = await app.CreateClassAsync(school, 5, "А");
        var class6B = await app.CreateClassAsync(school, 6, "Б");
        var teacher = await app.CreateUserAsync(school, SchoolRole.Teacher);
        var staffId = await app.MakeClassTeacherAsync(school, class5A, teacher);
        var otherTeacher = await app.CreateStaffAsync(school, "Другова");
        await app.AddStudentAsync(school, class5A, "Кузнецова", "Анна");
        await app.AddStudentAsync(school, class6B, "Смирнов", "Пётр");
        var maths = await app.CreateSubjectAsync(school, "Математика", "Мат");
        await app.CreateAssignmentAsync(school, staffId, maths, class5A, null, 5);
        await app.CreateAssignmentAsync(school, otherTeacher, maths, class6B, null, 5);
        using var client = await app.SignedInClientAsync(teacher);

        var mine = await client.GetDocumentAsync("/People/Students");
        var all = await client.GetDocumentAsync("/People/Students?mine=false");
        var load = await client.GetDocumentAsync("/Organisation/Assignments");
        var everyone = await client.GetDocumentAsync("/Organisation/Assignments?teacherId=");

        static List<string> Names(AngleSharp.Dom.IDocument page) =>
            page.QuerySelectorAll("table tbody tr td:first-child a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(["Кузнецова Анна"], Names(mine));
        Assert.Equal("true", mine.QuerySelector("#mine option[selected]")!.GetAttribute("value"));
        Assert.Equal(["Кузнецова Анна", "Смирнов Пётр"], Names(all));
        Assert.Equal(1, load.QuerySelectorAll("table tbody tr").Length);
        Assert.Equal(staffId.ToString(), load.QuerySelector("#teacherId option[selected]")!.GetAttribute("value"));
        Assert.Equal(2, everyone.QuerySelectorAll("table tbody tr").Length);
    }
}
