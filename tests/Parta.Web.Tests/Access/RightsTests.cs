using System.Net;
using Parta.Access;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.Access;

public sealed class RightsTests(TestApps apps)
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Override_GrantedToTeachersOfOneSchool_ActsAtOnceThereAndNowhereElse(Db db)
    {
        var app = await apps.GetAsync(db);
        var schoolA = await app.CreateSchoolAsync();
        var schoolB = await app.CreateSchoolAsync();
        var teacherA = await app.CreateUserAsync(schoolA, SchoolRole.Teacher);
        var teacherB = await app.CreateUserAsync(schoolB, SchoolRole.Teacher);
        using var clientA = await app.SignedInClientAsync(teacherA);
        using var clientB = await app.SignedInClientAsync(teacherB);
        Assert.Equal(HttpStatusCode.Forbidden, (await clientA.GetAsync("/Auditing")).StatusCode);

        await app.WithDbAsync(schoolA.Id, async d =>
        {
            d.RolePermissionOverrides.Add(new RolePermissionOverride
            {
                SchoolId = schoolA.Id, Role = SchoolRole.Teacher, Permission = Permissions.AuditView, Granted = true,
            });
            await d.SaveChangesAsync();
        });

        Assert.Equal(HttpStatusCode.OK, (await clientA.GetAsync("/Auditing")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clientB.GetAsync("/Auditing")).StatusCode);
        var coordinator = await app.CreateUserAsync(schoolA, SchoolRole.Coordinator);
        using var coordinatorClient = await app.SignedInClientAsync(coordinator);
        var rights = await coordinatorClient.GetDocumentAsync("/Access/Rights");
        var auditRow = rights.QuerySelector("tbody th[title='audit.view']")!.ParentElement!;
        var teacherColumn = Array.IndexOf(SchoolRoles.All.ToArray(), SchoolRole.Teacher) + 1;
        Assert.Equal("да", auditRow.Children[teacherColumn].QuerySelector("strong")?.TextContent);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Override_DenyingADefault_TakesItAway(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var director = await app.CreateUserAsync(school, SchoolRole.Director);
        using var client = await app.SignedInClientAsync(director);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Auditing")).StatusCode);

        await app.WithDbAsync(school.Id, async d =>
        {
            d.RolePermissionOverrides.Add(new RolePermissionOverride
            {
                SchoolId = school.Id, Role = SchoolRole.Director, Permission = Permissions.AuditView, Granted = false,
            });
            await d.SaveChangesAsync();
        });

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/Auditing")).StatusCode);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task TwoSchools_UserChoosesOneAndCanSwitch(Db db)
    {
        var app = await apps.GetAsync(db);
        var first = await app.CreateSchoolAsync();
        var second = await app.CreateSchoolAsync();
        var teacher = await app.CreateUserAsync(first, SchoolRole.Teacher);
        await app.AddMembershipAsync(second, teacher, SchoolRole.Teacher);
        using var client = await app.SignedInClientAsync(teacher);

        var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.StartsWith("/Account/SelectSchool", home.Headers.Location!.ToString(), StringComparison.Ordinal);

        var choice = await client.SubmitFormAsync("/Account/SelectSchool", new Dictionary<string, string> { ["schoolId"] = second.Id.ToString() },
            formSelector: "main form:nth-of-type(2)");
        Assert.Equal(HttpStatusCode.Redirect, choice.StatusCode);
        var page = await client.GetDocumentAsync("/");
        Assert.Equal(second.ShortName, page.QuerySelector(".school-name")!.TextContent.Trim());

        var foreign = await client.SubmitFormAsync("/Account/SelectSchool", new Dictionary<string, string> { ["schoolId"] = Guid.NewGuid().ToString() });
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }
}
