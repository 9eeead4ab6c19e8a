using System.Net;
using Microsoft.EntityFrameworkCore;
using Parta.Web.Tests.Infrastructure;

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
        var row = list.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(name, StringComparison.Ordinal));
        Assert.Contains("Asia/Vladivostok", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Владивостокский городской округ", row.TextContent, StringComparison.Ordinal);
        var id = await app.WithDbAsync(null, d => d.Schools.Where(s => s.Name == name).Select(s => s.Id).SingleAsync());
        var history = await client.GetDocumentAsync($"/Admin/Schools/History?id={id}");
        Assert.Contains(history.QuerySelectorAll("tbody tr"), r => r.TextContent.Contains("Name", StringComparison.Ordinal) && r.TextContent.Contains(name, StringComparison.Ordinal));
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
        Assert.Contains("Введите полное название.", errors);
        Assert.Contains("Введите краткое название.", errors);
        Assert.Contains("Выберите часовой пояс из списка.", errors);
        Assert.Equal("ул. Ленина, 5", page.QuerySelector("input[name=Address]")!.GetAttribute("value"));
    }
}
