using System.Net;
using Microsoft.EntityFrameworkCore;
using Parta.Web.Tests.Infrastructure;
using Parta.Web.Tests.Organisation;

namespace Parta.Web.Tests.Admin;

public sealed class SchoolsTests(TestApps apps)
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Create_ValidSchool_IsListedAndItsHistoryRecorded(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.CreateUserAsync(null, null, systemAdministrator: true);
        using var client = await app.SignedInClientAsync(admin);
        var name = "МАОУ «Лицей № " + Guid.NewGuid().ToString("N")[..6] + "»";

        var created = await client.SubmitFormAsync("/Admin/Schools/Edit", new Dictionary<string, string>
        {
            ["Name"] = name,
            ["ShortName"] = "Лицей",
            ["Address"] = "г. Владивосток, ул. Светланская, 1",
            ["Municipality"] = "Владивостокский городской округ",
            ["TimeZone"] = "Asia/Vladivostok",
        });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var list = await client.GetDocumentAsync("/Admin/Schools");
        var row = list.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Replace('\u00A0', ' ').Contains(name, StringComparison.Ordinal));
        Assert.Equal("Владивосток (UTC+10)", row.QuerySelectorAll("td")[2].TextContent.Trim());
        Assert.DoesNotContain("Asia/", list.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Владивостокский городской округ", row.TextContent, StringComparison.Ordinal);
        var id = await app.WithDbAsync(null, d => d.Schools.Where(s => s.Name == name).Select(s => s.Id).SingleAsync());
        var form = await client.GetDocumentAsync($"/Admin/Schools/Edit?id={id}");
        var zone = (AngleSharp.Html.Dom.IHtmlSelectElement)form.QuerySelector("select[name=TimeZone]")!;
        Assert.Equal(("Asia/Vladivostok", "Владивосток (UTC+10)"), (zone.Value, zone.SelectedOptions.Single().TextContent));
        Assert.Contains(zone.Options, o => o.TextContent == "Москва (UTC+3)");
        Assert.Contains(zone.Options, o => o.TextContent == "Анадырь (UTC+12)");
        var history = await client.GetDocumentAsync($"/Admin/Schools/History?id={id}");
        Assert.Contains(history.QuerySelectorAll("tbody tr"), r => r.TextContent.Contains("Название", StringComparison.Ordinal) && r.TextContent.Contains(name, StringComparison.Ordinal));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task AppointCoordinator_NewSchool_CoordinatorSignsInChangesPasswordAndManagesRights(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        using var admin = await app.SignedInClientAsync(await app.CreateUserAsync(null, null, systemAdministrator: true));

        var appointed = await admin.SubmitFormAsync($"/Admin/Schools/Coordinator?id={school.Id}", new Dictionary<string, string>
        {
            ["Id"] = school.Id.ToString(), ["LastName"] = "Щеглова", ["FirstName"] = "Ирина", ["MiddleName"] = "Павловна", ["Position"] = "заместитель директора",
        });

        var page = await PageClient.ParseAsync(appointed);
        var login = page.QuerySelector(".coordinator-login")!.TextContent;
        var password = page.QuerySelector(".coordinator-password")!.TextContent;
        Assert.StartsWith("shcheglova", login, StringComparison.Ordinal);
        using var coordinator = app.NewClient();
        await coordinator.SignInAsync(login, password);
        Assert.StartsWith("/Account/ChangePassword", (await coordinator.GetAsync("/")).Headers.Location!.ToString(), StringComparison.Ordinal);
        await coordinator.SubmitFormAsync("/Account/ChangePassword", new Dictionary<string, string>
        {
            ["CurrentPassword"] = password, ["NewPassword"] = "координатор новой школы", ["ConfirmPassword"] = "координатор новой школы",
        });
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync("/Access/Rights")).StatusCode);
        var home = await coordinator.GetDocumentAsync("/");
        Assert.Contains(school.ShortName, home.QuerySelector(".school-name")!.TextContent, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Save_ChangedSinceTheFormWasOpened_IsRefusedAndShowsTheSavedValue(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        using var mine = await app.SignedInClientAsync(await app.CreateUserAsync(null, null, systemAdministrator: true));
        using var theirs = await app.SignedInClientAsync(await app.CreateUserAsync(null, null, systemAdministrator: true));
        var url = $"/Admin/Schools/Edit?id={school.Id}";
        var myForm = await mine.OpenFormAsync(url);
        var saved = await (await theirs.OpenFormAsync(url)).SubmitAsync(new Dictionary<string, string> { ["Address"] = "ул. Школьная, 3" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var response = await myForm.SubmitAsync(new Dictionary<string, string> { ["Address"] = "ул. Школьная, 5" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = await OrganisationData.ErrorsAsync(response);
        Assert.Contains(errors, e => e.StartsWith("Запись уже изменил другой пользователь", StringComparison.Ordinal));
        Assert.Contains("Сейчас сохранено: «ул. Школьная, 3».", errors);
        Assert.Equal("ул. Школьная, 3", await app.WithDbAsync(null, d => d.Schools.Where(s => s.Id == school.Id).Select(s => s.Address).SingleAsync()));
    }

    [Fact]
    public async Task Create_EmptyNamesAndUnknownZone_ShowsRussianErrorsAndKeepsInput()
    {
        var app = await apps.GetAsync(Db.Sqlite);
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(null, null, systemAdministrator: true));

        var response = await client.SubmitFormAsync("/Admin/Schools/Edit", new Dictionary<string, string>
        {
            ["Name"] = "",
            ["ShortName"] = "",
            ["Address"] = "ул. Ленина, 5",
            ["TimeZone"] = "Mars/Olympus",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageClient.ParseAsync(response);
        var errors = page.QuerySelectorAll(".text-danger").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0).ToList();
        Assert.Contains("Заполните поле «Полное название».", errors);
        Assert.Contains("Заполните поле «Краткое название».", errors);
        Assert.Contains("Выберите часовой пояс из списка.", errors);
        Assert.Equal("ул. Ленина, 5", page.QuerySelector("input[name=Address]")!.GetAttribute("value"));
    }
}
