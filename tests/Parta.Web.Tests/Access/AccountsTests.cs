using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Web.Tests.Infrastructure;
using Parta.Web.Tests.People;
using UglyToad.PdfPig;

namespace Parta.Web.Tests.Access;

public sealed partial class AccountsTests(TestApps apps)
{
    [GeneratedRegex("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}")]
    private static partial Regex PasswordPattern();

    private static async Task<IReadOnlyList<string>> PdfPagesAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var pdf = PdfDocument.Open(bytes);
        return pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();
    }

    private static Task<HttpResponseMessage> CreateForClassAsync(HttpClient client, Guid classId) =>
        client.SubmitFormAsync($"/Access/Accounts?classId={classId}", new Dictionary<string, string>
        {
            ["ClassId"] = classId.ToString(), ["ForStudents"] = "true", ["ForGuardians"] = "true", ["StaffRole"] = "Teacher",
        }, action: "/Access/Accounts?handler=Create", formSelector: "#create-accounts");

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Accounts_OpenOnTheFirstClass_ThenOnTheClassChosenLastTime(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var c10 = await app.CreateClassAsync(school, 10, "А");
        var c2 = await app.CreateClassAsync(school, 2, "Б");
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));

        var first = await client.GetDocumentAsync("/Access/Accounts");
        await client.GetDocumentAsync($"/Access/Accounts?classId={c10}");
        var again = await client.GetDocumentAsync("/Access/Accounts");
        await client.GetDocumentAsync("/Access/Accounts?classId=");
        var whole = await client.GetDocumentAsync("/Access/Accounts");

        string? Chosen(AngleSharp.Dom.IDocument page) => page.QuerySelector("#filter-class option[selected]")?.GetAttribute("value");
        Assert.Equal(c2.ToString(), Chosen(first));
        Assert.Equal(c10.ToString(), Chosen(again));
        Assert.Null(Chosen(whole));
        Assert.Contains("(вся школа)", whole.QuerySelector("#create-accounts")!.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Create_ForClass_TransliteratedUniqueLoginsOneTimePasswordsAndOneLetterEach(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var c5 = await app.CreateClassAsync(school, 5, "А");
        var ivan = await app.AddStudentAsync(school, c5, "Щербаков", "Иван", "Петрович");
        var petr = await app.AddStudentAsync(school, c5, "Щербаков", "Пётр", "Петрович");
        var mother = await app.AddGuardianAsync(school, ivan, "Щербакова", "Юлия", "мать");
        await app.WithDbAsync(school.Id, async d =>
        {
            d.Guardianships.Add(new Parta.People.Guardianship { SchoolId = school.Id, StudentId = petr, GuardianId = mother, Relation = "мать" });
            await d.SaveChangesAsync();
        });
        var coordinator = await app.CreateUserAsync(school, SchoolRole.Coordinator);
        using var client = await app.SignedInClientAsync(coordinator);

        var pages = await PdfPagesAsync(await CreateForClassAsync(client, c5));

        var accounts = await app.WithDbAsync(school.Id, async d =>
        {
            var ids = await d.Students.Where(s => s.SchoolClassId == c5).Select(s => s.UserId)
                .Concat(d.Guardians.Where(g => g.Id == mother).Select(g => g.UserId)).ToListAsync();
            return await d.Users.Where(u => ids.Contains(u.Id)).ToListAsync();
        });
        Assert.Equal(3, accounts.Count);
        Assert.Equal(3, pages.Count);
        Assert.All(accounts, a => Assert.True(a.MustChangePassword));
        var students = accounts.Where(a => a.LastName == "Щербаков").Select(a => a.UserName!).ToList();
        Assert.All(students, l => Assert.Matches("^shcherbakov[0-9]*$", l));
        Assert.Equal(2, students.Distinct().Count());
        Assert.Matches("^shcherbakova[0-9]*$", accounts.Single(a => a.LastName == "Щербакова").UserName!);
        foreach (var account in accounts)
        {
            Assert.Single(pages, p => p.Contains(account.UserName!, StringComparison.Ordinal) && p.Contains(account.FullName, StringComparison.Ordinal));
        }

        Assert.All(pages, p => Assert.Matches(PasswordPattern(), p));
        var roles = await app.WithDbAsync(school.Id, d => d.SchoolMemberships.Where(m => accounts.Select(a => a.Id).Contains(m.UserId)).Select(m => m.Role).ToListAsync());
        Assert.Equal([SchoolRole.Student, SchoolRole.Student, SchoolRole.Parent], roles.OrderBy(r => r));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Create_PasswordFromLetter_SignsInAndMustBeChanged(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var c5 = await app.CreateClassAsync(school, 5, "А");
        await app.AddStudentAsync(school, c5, "Ёлкин", "Михаил");
        var coordinator = await app.CreateUserAsync(school, SchoolRole.Coordinator);
        using var client = await app.SignedInClientAsync(coordinator);

        var page = Assert.Single(await PdfPagesAsync(await CreateForClassAsync(client, c5)));
        var login = Regex.Match(page, "elkin[0-9]*").Value;
        var password = PasswordPattern().Match(page).Value;
        using var student = app.NewClient();
        var signIn = await student.SignInAsync(login, password);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var home = await student.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.StartsWith("/Account/ChangePassword", home.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Create_NobodyWithoutAccount_SaysSoInRussian(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var c5 = await app.CreateClassAsync(school, 5, "А");
        var coordinator = await app.CreateUserAsync(school, SchoolRole.Coordinator);
        using var client = await app.SignedInClientAsync(coordinator);

        var response = await CreateForClassAsync(client, c5);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageClient.ParseAsync(response);
        Assert.Contains("уже имеют учётные записи", page.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task ResetParentsOfClass_NewLettersOldPasswordStopsWorking(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var c5 = await app.CreateClassAsync(school, 5, "А");
        var student = await app.AddStudentAsync(school, c5, "Журавлёва", "Дарья");
        await app.AddGuardianAsync(school, student, "Журавлёв", "Игорь", "отец");
        var coordinator = await app.CreateUserAsync(school, SchoolRole.Coordinator);
        using var client = await app.SignedInClientAsync(coordinator);
        var first = await PdfPagesAsync(await CreateForClassAsync(client, c5));
        var fatherPage = first.Single(p => p.Contains("Журавлёв Игорь", StringComparison.Ordinal));
        var login = Regex.Match(fatherPage, "zhuravlev[0-9]*").Value;
        var oldPassword = PasswordPattern().Match(fatherPage).Value;

        var reset = await client.SubmitFormAsync($"/Access/Accounts?classId={c5}", new Dictionary<string, string> { ["ClassId"] = c5.ToString() },
            action: $"/Access/Accounts?handler=ResetParents&classId={c5}", formSelector: "#accounts");
        var letter = Assert.Single(await PdfPagesAsync(reset));

        Assert.Contains(login, letter, StringComparison.Ordinal);
        var newPassword = PasswordPattern().Match(letter).Value;
        Assert.NotEqual(oldPassword, newPassword);
        using var father = app.NewClient();
        Assert.Equal(HttpStatusCode.OK, (await father.SignInAsync(login, oldPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await father.SignInAsync(login, newPassword)).StatusCode);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Reset_LoginOfThisSchoolAlone_NewLetterMustChangeAndSessionsEnd(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var teacher = await app.CreateUserAsync(school, SchoolRole.Teacher);
        var coordinator = await app.CreateUserAsync(school, SchoolRole.Coordinator);
        using var teacherClient = await app.SignedInClientAsync(teacher);
        using var client = await app.SignedInClientAsync(coordinator);

        var reset = await client.SubmitFormAsync("/Access/Accounts", new Dictionary<string, string> { ["UserIds"] = teacher.Id.ToString() },
            action: "/Access/Accounts?handler=Reset", formSelector: "#accounts");

        var letter = Assert.Single(await PdfPagesAsync(reset));
        Assert.Contains(teacher.Login, letter, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(school.Id, d => d.Users.Where(u => u.Id == teacher.Id).Select(u => u.MustChangePassword).SingleAsync()));
        Assert.True((await teacherClient.GetAsync("/")).IsRedirectToSignIn());
    }

    private static Task<HttpResponseMessage> PressAsync(HttpClient coordinator, string handler, Guid userId) =>
        coordinator.SubmitFormAsync("/Access/Accounts", new Dictionary<string, string>(),
            action: $"/Access/Accounts?handler={handler}&userId={userId}", formSelector: "#accounts");

    /// <summary>Posts «Сбросить пароли отмеченных» with these accounts checked, as the page's form would.</summary>
    private static async Task<HttpResponseMessage> ResetAsync(HttpClient coordinator, IEnumerable<Guid> userIds)
    {
        var page = await coordinator.GetDocumentAsync("/Access/Accounts?classId=");
        var token = page.QuerySelector("#accounts input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await coordinator.PostAsync("/Access/Accounts?handler=Reset", new FormUrlEncodedContent(
            userIds.Select(id => new KeyValuePair<string, string>("UserIds", id.ToString()))
                .Append(new KeyValuePair<string, string>("__RequestVerificationToken", token))));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Block_TeacherOfThisSchoolOnly_SignedOutAndSignInRefused_UnblockRestores(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var teacher = await app.CreateUserAsync(school, SchoolRole.Teacher);
        await app.CreateStaffAsync(school, "Блокова", teacher);
        var coordinator = await app.CreateUserAsync(school, SchoolRole.Coordinator);
        using var teacherClient = await app.SignedInClientAsync(teacher);
        using var client = await app.SignedInClientAsync(coordinator);

        var block = await PressAsync(client, "Block", teacher.Id);

        Assert.Equal(HttpStatusCode.Redirect, block.StatusCode);
        Assert.True((await teacherClient.GetAsync("/")).IsRedirectToSignIn());
        using var again = app.NewClient();
        var refused = await again.SignInAsync(teacher.Login, teacher.Password);
        Assert.Contains("Учётная запись заблокирована", (await PageClient.ParseAsync(refused)).Body!.TextContent, StringComparison.Ordinal);
        var row = (await client.GetDocumentAsync("/Access/Accounts?classId=")).QuerySelectorAll("table.accounts-list tbody tr").Single(r => r.TextContent.Contains(teacher.Login, StringComparison.Ordinal));
        Assert.Contains("доступ к школе заблокирован", row.TextContent, StringComparison.Ordinal);

        await PressAsync(client, "Unblock", teacher.Id);
        Assert.Equal(HttpStatusCode.Redirect, (await again.SignInAsync(teacher.Login, teacher.Password)).StatusCode);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task BlockUnblockAndReset_AreInTheAccountsHistory_SayingTheBlockIsThisSchoolsOnly(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var teacher = await app.CreateUserAsync(school, SchoolRole.Teacher);
        var coordinator = await app.CreateUserAsync(school, SchoolRole.Coordinator);
        using var client = await app.SignedInClientAsync(coordinator);

        await PressAsync(client, "Block", teacher.Id);
        await PressAsync(client, "Unblock", teacher.Id);
        await ResetAsync(client, [teacher.Id]);

        var history = await client.GetDocumentAsync($"/Auditing?entityType=User&entityId={teacher.Id}");
        Assert.Equal($"История изменений: Учётная запись — {teacher.Login}", history.QuerySelector("h1")!.TextContent.Trim());
        var rows = history.QuerySelectorAll("tbody tr").Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal([coordinator.Login, "Пароль: — → сброшен, выдан одноразовый"], [rows[0][1], rows[0][4]]);
        Assert.Equal([coordinator.Login, "Заблокирована: да → нет"], [rows[1][1], rows[1][4]]);
        Assert.Equal([coordinator.Login, "Заблокирована: нет → да"], [rows[2][1], rows[2][4]]);
        Assert.Contains("только доступ к этой школе", rows[2][5], StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Block_ParentInTwoSchools_BlockedBySchoolB_StillWorksInSchoolA(Db db)
    {
        var app = await apps.GetAsync(db);
        var schoolA = await app.CreateSchoolAsync();
        var schoolB = await app.CreateSchoolAsync();
        var parent = await app.ParentInTwoSchoolsAsync(schoolA, schoolB);
        using var coordinatorB = await app.SignedInClientAsync(await app.CreateUserAsync(schoolB, SchoolRole.Coordinator));

        var block = await PressAsync(coordinatorB, "Block", parent.Id);

        Assert.Equal(HttpStatusCode.Redirect, block.StatusCode);
        using var parentClient = await app.SignedInClientAsync(parent);
        var home = await parentClient.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains(schoolA.ShortName, (await PageClient.ParseAsync(home)).QuerySelector("header")!.TextContent, StringComparison.Ordinal);
        var account = await parentClient.GetDocumentAsync("/Account");
        var schools = account.QuerySelector("dl")!.TextContent;
        Assert.Contains(schoolA.ShortName, schools, StringComparison.Ordinal);
        Assert.DoesNotContain(schoolB.ShortName, schools, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Block_UserOfAnotherSchool_IsNotFound(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var other = await app.CreateSchoolAsync();
        var stranger = await app.CreateUserAsync(other, SchoolRole.Teacher);
        var coordinator = await app.CreateUserAsync(school, SchoolRole.Coordinator);
        using var client = await app.SignedInClientAsync(coordinator);

        var block = await PressAsync(client, "Block", stranger.Id);

        Assert.Equal(HttpStatusCode.NotFound, block.StatusCode);
        using var strangerClient = app.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await strangerClient.SignInAsync(stranger.Login, stranger.Password)).StatusCode);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Reset_LoginSharedWithAnotherSchool_IsRefusedSayingWhoMayChangeIt_AndNothingChanges(Db db)
    {
        var app = await apps.GetAsync(db);
        var schoolA = await app.CreateSchoolAsync();
        var schoolB = await app.CreateSchoolAsync();
        var parent = await app.ParentInTwoSchoolsAsync(schoolA, schoolB);
        using var parentClient = await app.SignedInClientAsync(parent);
        using var coordinatorB = await app.SignedInClientAsync(await app.CreateUserAsync(schoolB, SchoolRole.Coordinator));

        var response = await ResetAsync(coordinatorB, [parent.Id]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var message = (await PageClient.ParseAsync(response)).QuerySelector(".alert-danger")!.TextContent;
        Assert.Contains($"Пароль учётной записи «{parent.Login}» не сброшен", message, StringComparison.Ordinal);
        Assert.Contains("может только сам владелец (на странице «Учётная запись») или администратор системы", message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await parentClient.GetAsync("/Account/SelectSchool")).StatusCode);
        using var again = app.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await again.SignInAsync(parent.Login, parent.Password)).StatusCode);
        Assert.False(await app.WithDbAsync(null, d => d.Users.Where(u => u.Id == parent.Id).Select(u => u.MustChangePassword).SingleAsync()));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Reset_AccountOfAnotherSchoolOnly_IsNotResetAndItsLoginNotShown(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var stranger = await app.CreateUserAsync(await app.CreateSchoolAsync(), SchoolRole.Teacher);
        using var coordinator = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));

        var response = await ResetAsync(coordinator, [stranger.Id]);

        var page = await PageClient.ParseAsync(response);
        Assert.Equal("Выберите учётные записи для сброса пароля.", page.QuerySelector(".alert-danger li")!.TextContent.Trim());
        Assert.DoesNotContain(stranger.Login, page.Body!.TextContent, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(null, d => d.Users.Where(u => u.Id == stranger.Id).Select(u => u.MustChangePassword).SingleAsync()));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Accounts_LoginSharedWithAnotherSchool_SaysWhoMayChangeThePasswordAndOffersNoReset(Db db)
    {
        var app = await apps.GetAsync(db);
        var schoolA = await app.CreateSchoolAsync();
        var schoolB = await app.CreateSchoolAsync();
        var parent = await app.ParentInTwoSchoolsAsync(schoolA, schoolB);
        using var coordinatorB = await app.SignedInClientAsync(await app.CreateUserAsync(schoolB, SchoolRole.Coordinator));

        var page = await coordinatorB.GetDocumentAsync("/Access/Accounts?classId=");

        var row = page.QuerySelectorAll("table.accounts-list tbody tr").Single(r => r.TextContent.Contains(parent.Login, StringComparison.Ordinal));
        Assert.Equal("Логин есть и в другой школе: пароль меняет только сам владелец или администратор системы.", row.QuerySelector(".shared-login")!.TextContent.Trim());
        Assert.Null(row.QuerySelector("input[name=UserIds]"));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Reset_MoreAccountsThanOneBatch_EveryOneResetWithItsLetterAndSessionsEnded(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var many = await app.CreateAccountsAsync(school, Parta.Access.ResetPasswords.BatchSize);
        var teacher = await app.CreateUserAsync(school, SchoolRole.Teacher);
        using var teacherClient = await app.SignedInClientAsync(teacher);
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));

        // The signed-in teacher comes last: in the second batch.
        var pages = await PdfPagesAsync(await ResetAsync(client, [.. many, teacher.Id]));

        Assert.Equal(Parta.Access.ResetPasswords.BatchSize + 1, pages.Count);
        Assert.Single(pages, p => p.Contains(teacher.Login, StringComparison.Ordinal));
        Assert.All(pages, p => Assert.Matches(PasswordPattern(), p));
        Assert.Equal(many.Count + 1, await app.WithDbAsync(school.Id, d => d.Users.CountAsync(u => u.MustChangePassword && (many.Contains(u.Id) || u.Id == teacher.Id))));
        Assert.Equal(many.Count + 1, await app.WithDbAsync(school.Id, d => d.AuditEntries.CountAsync(a => a.SchoolId == school.Id && a.EntityType == "User" && a.Field == "Password")));
        Assert.True((await teacherClient.GetAsync("/")).IsRedirectToSignIn());
        using var again = app.NewClient();
        Assert.Equal(HttpStatusCode.OK, (await again.SignInAsync(teacher.Login, teacher.Password)).StatusCode);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Accounts_Teacher_IsForbidden(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var teacher = await app.CreateUserAsync(school, SchoolRole.Teacher);
        using var client = await app.SignedInClientAsync(teacher);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/Access/Accounts")).StatusCode);
    }
}
