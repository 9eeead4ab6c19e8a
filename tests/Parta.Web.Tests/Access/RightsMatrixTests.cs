using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.Access;

/// <summary>The coordinator edits the roles × permissions matrix of their school.</summary>
public sealed class RightsMatrixTests(TestApps apps)
{
    /// <summary>Posts the matrix as it is on the page, with <paramref name="change"/> applied to the checked cells.</summary>
    private static async Task<HttpResponseMessage> SaveMatrixAsync(HttpClient client, Action<HashSet<string>> change) =>
        await PostMatrixAsync(client, await client.GetDocumentAsync("/Access/Rights"), change);

    /// <summary>Posts the matrix of a page opened earlier (its stamp included), with <paramref name="change"/> applied.</summary>
    private static async Task<HttpResponseMessage> PostMatrixAsync(HttpClient client, IDocument page, Action<HashSet<string>> change)
    {
        var form = (IHtmlFormElement)page.QuerySelector("form#rights")!;
        var granted = form.QuerySelectorAll("input[name=Granted]").Cast<IHtmlInputElement>()
            .Where(i => i.IsChecked).Select(i => i.Value).ToHashSet(StringComparer.Ordinal);
        change(granted);
        var fields = granted.Select(g => new KeyValuePair<string, string>("Granted", g))
            .Concat(form.QuerySelectorAll("input[type=hidden]").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? "")));
        return await client.PostAsync("/Access/Rights", new FormUrlEncodedContent(fields));
    }

    private static bool IsChecked(IDocument page, string cell) => ((IHtmlInputElement)page.QuerySelector($"input[value='{cell}']")!).IsChecked;

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Save_GrantToTeachers_ActsAtOnceInThisSchoolOnly_AndDefaultRemovesTheOverride(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var other = await app.CreateSchoolAsync();
        var coordinator = await app.CreateUserAsync(school, SchoolRole.Coordinator);
        var teacher = await app.CreateUserAsync(school, SchoolRole.Teacher);
        var otherTeacher = await app.CreateUserAsync(other, SchoolRole.Teacher);
        using var client = await app.SignedInClientAsync(coordinator);
        using var teacherClient = await app.SignedInClientAsync(teacher);
        using var otherClient = await app.SignedInClientAsync(otherTeacher);
        Assert.Equal(HttpStatusCode.Forbidden, (await teacherClient.GetAsync("/Auditing")).StatusCode);

        var saved = await SaveMatrixAsync(client, g => g.Add("Teacher:audit.view"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await teacherClient.GetAsync("/Auditing")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherClient.GetAsync("/Auditing")).StatusCode);
        var overrides = await app.WithDbAsync(school.Id, d => d.RolePermissionOverrides.ToListAsync());
        var row = Assert.Single(overrides);
        Assert.Equal((SchoolRole.Teacher, Permissions.AuditView, true), (row.Role, row.Permission, row.Granted));
        Assert.True(await app.WithDbAsync(school.Id, d => d.AuditEntries.AnyAsync(a => a.EntityId == row.Id)));

        await SaveMatrixAsync(client, g => g.Remove("Teacher:audit.view"));

        Assert.Empty(await app.WithDbAsync(school.Id, d => d.RolePermissionOverrides.ToListAsync()));
        Assert.Equal(HttpStatusCode.Forbidden, (await teacherClient.GetAsync("/Auditing")).StatusCode);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Save_DenyDefaultToDirector_TakesItAway(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var coordinator = await app.CreateUserAsync(school, SchoolRole.Coordinator);
        var director = await app.CreateUserAsync(school, SchoolRole.Director);
        using var client = await app.SignedInClientAsync(coordinator);
        using var directorClient = await app.SignedInClientAsync(director);

        await SaveMatrixAsync(client, g => g.Remove("Director:people.view"));

        Assert.Equal(HttpStatusCode.Forbidden, (await directorClient.GetAsync("/People/Students")).StatusCode);
        var page = await client.GetDocumentAsync("/Access/Rights");
        Assert.False(((IHtmlInputElement)page.QuerySelector("input[value='Director:people.view']")!).IsChecked);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Rights_ShowOnlyTheBuiltModulesRights_WithTheirCodesOnlyInATooltip(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));

        var page = await client.GetDocumentAsync("/Access/Rights");

        var rows = page.QuerySelectorAll("tbody th[scope=row]").Select(th => (Title: th.TextContent.Trim(), Code: th.GetAttribute("title"))).ToList();
        Assert.Equal(
            Permissions.InUse.Where(c => c != Permissions.SchoolsManage).Order(StringComparer.Ordinal),
            rows.Select(r => r.Code!).Order(StringComparer.Ordinal));
        Assert.Contains(("Просмотр истории изменений", (string?)Permissions.AuditView), rows);
        var text = page.QuerySelector("table.rights-matrix")!.TextContent;
        Assert.Contains("Выставление итоговых отметок", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Дистанционные курсы", text, StringComparison.Ordinal);
        Assert.Contains("Ведение своих журналов", text, StringComparison.Ordinal);
        Assert.Contains("Ведение своих КТП", text, StringComparison.Ordinal);
        Assert.Contains("Составление расписания", text, StringComparison.Ordinal);
        Assert.DoesNotContain("school.view", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"[a-z]+\.[a-z]+", text);
        Assert.NotNull(page.QuerySelector("input[value='Teacher:grading.edit.own']"));
        Assert.Null(page.QuerySelector("input[value='Teacher:courses.edit']"));
        Assert.NotNull(page.QuerySelector("input[value='Teacher:journal.edit.own']"));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Save_LeavesTheRightsNotShownAsTheyWere(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        await app.WithDbAsync(school.Id, async d =>
        {
            d.RolePermissionOverrides.Add(new RolePermissionOverride
            {
                SchoolId = school.Id, Role = SchoolRole.Teacher, Permission = Permissions.TestsEdit, Granted = false,
            });
            await d.SaveChangesAsync();
        });
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));

        var saved = await SaveMatrixAsync(client, g => g.Add("Teacher:audit.view"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var overrides = await app.WithDbAsync(school.Id, d => d.RolePermissionOverrides.Select(o => new { o.Role, o.Permission, o.Granted }).ToListAsync());
        Assert.Equal(
            [(SchoolRole.Teacher, Permissions.AuditView, true), (SchoolRole.Teacher, Permissions.TestsEdit, false)],
            overrides.Select(o => (o.Role, o.Permission, o.Granted)).OrderBy(o => o.Permission, StringComparer.Ordinal));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Save_CoordinatorLosesRightsManagement_IsRefused(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var coordinator = await app.CreateUserAsync(school, SchoolRole.Coordinator);
        using var client = await app.SignedInClientAsync(coordinator);

        var response = await SaveMatrixAsync(client, g => g.Remove("Coordinator:rights.manage"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("должна сохранить право", (await PageClient.ParseAsync(response)).QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await app.WithDbAsync(school.Id, d => d.RolePermissionOverrides.ToListAsync()));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Rights_Teacher_IsForbidden(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var teacher = await app.CreateUserAsync(school, SchoolRole.Teacher);
        using var client = await app.SignedInClientAsync(teacher);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/Access/Rights")).StatusCode);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Roles_GiveTeacherAccountDeputyRole_AddsMembership(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var coordinator = await app.CreateUserAsync(school, SchoolRole.Coordinator);
        var teacher = await app.CreateUserAsync(school, SchoolRole.Teacher);
        var staff = new Parta.People.StaffMember { SchoolId = school.Id, LastName = "Завучева", FirstName = "Нина", UserId = teacher.Id };
        await app.WithDbAsync(school.Id, async d =>
        {
            d.StaffMembers.Add(staff);
            await d.SaveChangesAsync();
        });
        using var client = await app.SignedInClientAsync(coordinator);
        var page = await client.GetDocumentAsync("/Access/Roles");
        var token = page.QuerySelector("form.staff-roles-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await client.PostAsync("/Access/Roles", new FormUrlEncodedContent(
        [
            new("staffMemberId", staff.Id.ToString()), new("roles", "DeputyDirector"), new("__RequestVerificationToken", token),
        ]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var roles = await app.WithDbAsync(school.Id, d => d.SchoolMemberships.Where(m => m.UserId == teacher.Id).Select(m => m.Role).ToListAsync());
        Assert.Equal([SchoolRole.DeputyDirector], roles);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Save_AfterSomeoneElseSavedTheMatrix_IsRefusedShowingTheRightsInForceAndSavesNothing(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        using var first = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));
        using var second = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));
        var opened = await first.GetDocumentAsync("/Access/Rights");
        await SaveMatrixAsync(second, g => g.Add("Teacher:audit.view"));

        var response = await PostMatrixAsync(first, opened, g => g.Remove("Director:people.view"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageClient.ParseAsync(response);
        Assert.StartsWith("Запись уже изменил другой пользователь", page.QuerySelector(".alert-danger li")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.True(IsChecked(page, "Teacher:audit.view"));
        Assert.True(IsChecked(page, "Director:people.view"));
        var overrides = await app.WithDbAsync(school.Id, d => d.RolePermissionOverrides.Select(o => new { o.Role, o.Permission, o.Granted }).ToListAsync());
        Assert.Equal((SchoolRole.Teacher, Permissions.AuditView, true), Assert.Single(overrides.Select(o => (o.Role, o.Permission, o.Granted))));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Roles_AfterSomeoneElseChangedThem_IsRefusedShowingTheRolesInForce(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var teacher = await app.CreateUserAsync(school, SchoolRole.Teacher);
        var staffId = await app.CreateStaffAsync(school, "Завучева", teacher);
        using var first = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));
        using var second = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));
        var opened = await first.GetDocumentAsync("/Access/Roles");
        await PostRolesAsync(second, await second.GetDocumentAsync("/Access/Roles"), staffId, "Teacher", "DeputyDirector");

        var response = await PostRolesAsync(first, opened, staffId, "Director");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageClient.ParseAsync(response);
        Assert.StartsWith("Запись уже изменил другой пользователь", page.QuerySelector(".alert-danger li")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.True(((IHtmlInputElement)page.QuerySelector($"#role-{staffId}-DeputyDirector")!).IsChecked);
        var roles = await app.WithDbAsync(school.Id, d => d.SchoolMemberships.Where(m => m.UserId == teacher.Id).Select(m => m.Role).ToListAsync());
        Assert.Equal([SchoolRole.DeputyDirector, SchoolRole.Teacher], roles.Order());
    }

    /// <summary>Posts one staff member's roles form of a page opened earlier (its stamp included) with these roles checked.</summary>
    private static Task<HttpResponseMessage> PostRolesAsync(HttpClient client, IDocument page, Guid staffId, params string[] roles)
    {
        var form = page.QuerySelectorAll("form.staff-roles-form").Single(f => f.QuerySelector($"input[name=staffMemberId][value='{staffId}']") is not null);
        var fields = form.QuerySelectorAll("input[type=hidden]").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""))
            .Concat(roles.Select(r => new KeyValuePair<string, string>("roles", r)));
        return client.PostAsync("/Access/Roles", new FormUrlEncodedContent(fields));
    }
}
