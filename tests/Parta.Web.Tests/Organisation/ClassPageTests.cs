using System.Net;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Movement;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.Organisation;

public sealed class ClassPageTests(TestApps apps)
{
    private static async Task<(TestSchool School, Guid ClassId, TestUser ClassTeacher)> ClassAsync(PartaAppFactory app)
    {
        var school = await app.CreateSchoolAsync();
        var class5A = await app.CreateClassAsync(school, 5, "А");
        var classTeacher = await app.CreateUserAsync(school, SchoolRole.Teacher);
        var teacherId = await app.MakeClassTeacherAsync(school, class5A, classTeacher);
        var anna = await app.AddStudentAsync(school, class5A, "Кузнецова", "Анна", "Дмитриевна");
        await app.AddGuardianAsync(school, anna, "Кузнецова", "Мария", "мать", "+7 900 111-22-33");
        await app.AddStudentAsync(school, class5A, "Белов", "Олег");
        var leaver = await app.AddStudentAsync(school, class5A, "Романов", "Александр");
        await app.RecordMovementAsync(school, leaver, MovementKind.Withdrawal, null, new DateOnly(2026, 11, 16), "12-в");
        var maths = await app.CreateSubjectAsync(school, "Математика", "Мат");
        await app.CreateAssignmentAsync(school, teacherId, maths, class5A, null, 5);
        return (school, class5A, classTeacher);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task ClassPage_ClassTeacher_SeesTheListOnTheDateWithParentsSubjectsAndMovement_AndTheViewIsLogged(Db db)
    {
        var app = await apps.GetAsync(db);
        var (school, classId, classTeacher) = await ClassAsync(app);
        using var client = await app.SignedInClientAsync(classTeacher);

        var today = await client.GetDocumentAsync($"/Organisation/Classes/Details?id={classId}");
        var before = await client.GetDocumentAsync($"/Organisation/Classes/Details?id={classId}&on=2026-11-15");

        Assert.Equal("5А класс", today.QuerySelector("h1")!.FirstChild!.TextContent.Replace('\u00A0', ' ').Trim());
        Assert.Contains("Список класса на 30.11.2026: 2 учащихся", today.QuerySelector("#list-title")!.TextContent, StringComparison.Ordinal);
        var rows = today.QuerySelectorAll("#class-list tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(["1", "Белов Олег"], rows[0].Take(2));
        Assert.Equal(["2", "Кузнецова Анна Дмитриевна", "01.05.2015"], rows[1].Take(3));
        Assert.Contains("Кузнецова Мария (мать), +7 900 111-22-33", rows[1][3], StringComparison.Ordinal);
        Assert.Equal(3, before.QuerySelectorAll("#class-list tbody tr").Length);
        Assert.Equal(["Математика", "Руководителева Ирина Павловна", "весь класс", "5"],
            today.QuerySelectorAll("#subjects tbody tr td").Select(td => td.TextContent.Trim()));
        var movement = today.QuerySelectorAll("#movement tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(["16.11.2026", "Выбытие", "Романов Александр", "", "№\u00A012-в от 16.11.2026"], movement[^1]);
        Assert.Equal(4, movement.Count); // three admissions on 1 September, then the withdrawal
        Assert.Null(today.QuerySelector(".page-actions a[href^='/Organisation/Classes/Edit']"));
        var logged = await app.WithDbAsync(school.Id, d => d.PersonalDataViews.CountAsync(v => v.Page == "/Organisation/Classes/Details"));
        Assert.Equal(5, logged); // 2 students today, 3 on the 15th
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task ClassPage_AnotherTeacher_SeesNamesButNoBirthDatesNorParents(Db db)
    {
        var app = await apps.GetAsync(db);
        var (school, classId, _) = await ClassAsync(app);
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Teacher));

        var page = await client.GetDocumentAsync($"/Organisation/Classes/Details?id={classId}");

        Assert.Equal(2, page.QuerySelectorAll("#class-list tbody tr").Length);
        Assert.DoesNotContain("01.05.2015", page.QuerySelector("#class-list")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("111-22-33", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("#class-list a"));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task ClassPage_Coordinator_HasEditButton_ClassesListLinksHere_OtherSchoolsClassIsNotFound_FarDateIsRefused(Db db)
    {
        var app = await apps.GetAsync(db);
        var (school, classId, _) = await ClassAsync(app);
        var other = await app.CreateSchoolAsync();
        var otherClass = await app.CreateClassAsync(other, 6, "Б");
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));

        var page = await client.GetDocumentAsync($"/Organisation/Classes/Details?id={classId}");
        var list = await client.GetDocumentAsync("/Organisation/Classes");
        var far = await client.GetDocumentAsync($"/Organisation/Classes/Details?id={classId}&on=2031-01-01");

        Assert.Equal($"/Organisation/Classes/Edit?id={classId}", page.QuerySelector(".page-actions a.btn-outline-primary")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("button[data-print]"));
        Assert.Equal($"/Organisation/Classes/Details?id={classId}", list.QuerySelector("#classes tbody a")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Organisation/Classes/Details?id={otherClass}")).StatusCode);
        Assert.Contains("«Список на дату»: дата 01.01.2031 вне", far.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, far.QuerySelectorAll("#class-list tbody tr").Length);
    }
}
