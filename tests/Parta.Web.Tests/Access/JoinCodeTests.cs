using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Web.Tests.Infrastructure;
using Parta.Web.Tests.People;

namespace Parta.Web.Tests.Access;

/// <summary>One login for two schools: a join code made in school B and entered by the account's owner.</summary>
public sealed class JoinCodeTests(TestApps apps)
{
    /// <summary>Presses the row's «Код для своего логина» button on the accounts page, as a browser would.</summary>
    private static async Task<IDocument> IssueCodeAsync(HttpClient coordinator, string fullName)
    {
        var page = await coordinator.GetDocumentAsync("/Access/Accounts?classId=");
        var button = page.QuerySelectorAll("button[formaction]").Single(b => b.GetAttribute("aria-label") == $"Код для своего логина: {fullName}");
        var response = await coordinator.SubmitFormAsync("/Access/Accounts", new Dictionary<string, string>(),
            action: "/Access/Accounts" + button.GetAttribute("formaction")!.Replace("&amp;", "&", StringComparison.Ordinal), formSelector: "#accounts");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await PageClient.ParseAsync(response);
    }

    private static Task<HttpResponseMessage> EnterCodeAsync(HttpClient user, string code) =>
        user.SubmitFormAsync("/Account", new Dictionary<string, string> { ["Code"] = code }, formSelector: "#join-form");

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task ParentOfChildrenInTwoSchools_JoinsSchoolBWithTheSameLogin_AndPicksEither(Db db)
    {
        var app = await apps.GetAsync(db);
        var schoolA = await app.CreateSchoolAsync("Школа А " + Guid.NewGuid().ToString("N")[..4]);
        var schoolB = await app.CreateSchoolAsync("Школа Б " + Guid.NewGuid().ToString("N")[..4]);
        var parent = await app.CreateUserAsync(schoolA, SchoolRole.Parent);
        await app.CreateStudentAsync(schoolA, "Старшова", parent);
        var classB = await app.CreateClassAsync(schoolB, 2, "В");
        var childB = await app.AddStudentAsync(schoolB, classB, "Младшова", "Вера");
        var guardianB = await app.AddGuardianAsync(schoolB, childB, "Двушкольная", "Ольга", "мать");
        using var coordinatorB = await app.SignedInClientAsync(await app.CreateUserAsync(schoolB, SchoolRole.Coordinator));

        var issued = await IssueCodeAsync(coordinatorB, "Двушкольная Ольга");
        var code = issued.QuerySelector(".join-code strong")!.TextContent.Trim();
        Assert.Matches("^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$", code);
        Assert.Contains("действует до", issued.QuerySelector(".join-code")!.TextContent, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(null, d => d.JoinCodes.AnyAsync(c => c.CodeHash == code)), "only the hash is kept");

        using var parentClient = await app.SignedInClientAsync(parent);
        var joined = await EnterCodeAsync(parentClient, code.ToUpperInvariant().Replace("-", " ", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
        var account = await parentClient.GetDocumentAsync("/Account");
        Assert.Contains($"Вы присоединились к школе «{schoolB.ShortName}» (родитель).", account.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        var choose = await parentClient.GetDocumentAsync("/Account/SelectSchool");
        var schools = choose.QuerySelectorAll("form.list-group-item button").Select(b => b.TextContent.Trim()).ToList();
        Assert.Contains(schoolA.Name, schools);
        Assert.Contains(schoolB.Name, schools);
        Assert.Equal(parent.Id, await app.WithDbAsync(schoolB.Id, d => d.Guardians.Where(g => g.Id == guardianB).Select(g => g.UserId).SingleAsync()));
        Assert.True(await app.WithDbAsync(schoolB.Id, d => d.AuditEntries.AnyAsync(a =>
            a.EntityId == guardianB && a.Field == "UserId" && a.NewValue == parent.Id.ToString() && a.Reason == "учётная запись присоединена по коду")));

        // The parent switches to school B: the header names it.
        var switched = await parentClient.SubmitFormAsync("/Account/SelectSchool",
            new Dictionary<string, string> { ["schoolId"] = schoolB.Id.ToString(), ["ReturnUrl"] = "/" });
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        var home = await parentClient.GetDocumentAsync("/");
        Assert.Contains(schoolB.ShortName, home.QuerySelector("header")!.TextContent, StringComparison.Ordinal);

        var again = await EnterCodeAsync(parentClient, code);
        Assert.Contains("Код не подходит", (await PageClient.ParseAsync(again)).QuerySelector("[data-valmsg-for=Code]")!.TextContent, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task WrongCode_IsRefusedInRussian_AndChangesNothing(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var user = await app.CreateUserAsync(school, SchoolRole.Teacher);
        using var client = await app.SignedInClientAsync(user);
        var before = await app.WithDbAsync(null, d => d.SchoolMemberships.IgnoreQueryFilters().CountAsync(m => m.UserId == user.Id));

        var empty = await PageClient.ParseAsync(await EnterCodeAsync(client, ""));
        var wrong = await PageClient.ParseAsync(await EnterCodeAsync(client, "abcd-efgh-jkmn"));

        Assert.Equal("Введите код, который выдали в школе.", empty.QuerySelector("[data-valmsg-for=Code]")!.TextContent.Trim());
        Assert.StartsWith("Код не подходит", wrong.QuerySelector("[data-valmsg-for=Code]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(null, d => d.SchoolMemberships.IgnoreQueryFilters().CountAsync(m => m.UserId == user.Id)));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Code_IsOfferedOnlyForCardsWithoutAccount_AndNotForAnotherSchoolsCard(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var other = await app.CreateSchoolAsync();
        var parent = await app.CreateUserAsync(school, SchoolRole.Parent);
        await app.CreateStudentAsync(school, "Счётова", parent);
        var otherClass = await app.CreateClassAsync(other, 3, "А");
        var otherGuardian = await app.AddGuardianAsync(other, await app.AddStudentAsync(other, otherClass, "Чужова", "Ира"), "Чужая", "Анна", "мать");
        using var coordinator = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));

        var page = await coordinator.GetDocumentAsync("/Access/Accounts?classId=");
        Assert.DoesNotContain(page.QuerySelectorAll("button[formaction]"), b => b.GetAttribute("aria-label") == "Код для своего логина: Родителева Мария");
        var foreign = await coordinator.SubmitFormAsync("/Access/Accounts", new Dictionary<string, string>(),
            action: $"/Access/Accounts?handler=JoinCode&kind=Guardian&personId={otherGuardian}", formSelector: "#accounts");

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.False(await app.WithDbAsync(null, d => d.JoinCodes.IgnoreQueryFilters().AnyAsync(c => c.PersonId == otherGuardian)));
    }
}
