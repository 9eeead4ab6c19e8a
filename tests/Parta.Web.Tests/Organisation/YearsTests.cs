using System.Net;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Organisation;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.Organisation;

public sealed class YearsTests(TestApps apps)
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Create_YearThenQuarters_AreListedWithRussianDates(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));

        var created = await client.SubmitFormAsync("/Organisation/Years/Edit", new Dictionary<string, string>
        {
            ["Name"] = "2030/2031", ["Start"] = "2030-09-01", ["End"] = "2031-08-31",
        });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var yearId = await app.QueryAsync(school, d => d.AcademicYears.Where(y => y.Name == "2030/2031").Select(y => y.Id).SingleAsync());
        var generated = await client.SubmitFormAsync($"/Organisation/Years/Details?id={yearId}",
            new Dictionary<string, string> { ["kind"] = "Quarter" }, formSelector: "#generate-Quarter");
        Assert.Equal(HttpStatusCode.Redirect, generated.StatusCode);
        var page = await client.GetDocumentAsync($"/Organisation/Years/Details?id={yearId}");
        var rows = page.QuerySelectorAll("section tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(4, rows.Count);
        Assert.Contains("01.09.2030", rows[0], StringComparison.Ordinal);
        Assert.Contains("1 четверть", rows[0], StringComparison.Ordinal);
        var list = await client.GetDocumentAsync("/Organisation/Years");
        Assert.Contains(list.QuerySelectorAll("tbody tr"), r => r.TextContent.Contains("2030/2031", StringComparison.Ordinal)
            && r.TextContent.Contains("31.08.2031", StringComparison.Ordinal));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Create_YearEndingBeforeItStarts_IsRefusedInRussian(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));

        var response = await client.SubmitFormAsync("/Organisation/Years/Edit", new Dictionary<string, string>
        {
            ["Name"] = "2031/2032", ["Start"] = "2032-08-31", ["End"] = "2031-09-01",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Дата окончания учебного года должна быть позже даты начала.", await OrganisationData.ErrorsAsync(response));
        Assert.False(await app.AnyAsync(school, d => d.AcademicYears.Where(y => y.Name == "2031/2032")));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task SaveScheme_OverlappingPeriods_IsRefusedAndNothingSaved(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var yearId = await app.CurrentYearAsync(school);
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));

        var response = await client.SubmitFormAsync($"/Organisation/Years/Scheme?yearId={yearId}", new Dictionary<string, string>
        {
            ["Name"] = "Полугодия", ["Kind"] = "Half",
            ["Periods[0].Name"] = "1 полугодие", ["Periods[0].Start"] = "2026-09-01", ["Periods[0].End"] = "2027-01-15",
            ["Periods[1].Name"] = "2 полугодие", ["Periods[1].Start"] = "2027-01-10", ["Periods[1].End"] = "2027-05-31",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Периоды «1 полугодие» и «2 полугодие» пересекаются.", await OrganisationData.ErrorsAsync(response));
        var page = await PageClient.ParseAsync(response);
        Assert.Equal("2027-01-10", page.QuerySelector("input[name='Periods[1].Start']")!.GetAttribute("value"));
        Assert.False(await app.AnyAsync(school, d => d.PeriodSchemes));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task SaveScheme_ValidPeriodsWithClosedFlag_AreSaved(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var yearId = await app.CurrentYearAsync(school);
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));

        var response = await client.SubmitFormAsync($"/Organisation/Years/Scheme?yearId={yearId}", new Dictionary<string, string>
        {
            ["Name"] = "Полугодия", ["Kind"] = "Half",
            ["Periods[0].Name"] = "1 полугодие", ["Periods[0].Start"] = "2026-09-01", ["Periods[0].End"] = "2026-12-28", ["Periods[0].Closed"] = "true",
            ["Periods[1].Name"] = "2 полугодие", ["Periods[1].Start"] = "2027-01-09", ["Periods[1].End"] = "2027-05-26",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var periods = await app.QueryAsync(school, d => d.Periods.OrderBy(p => p.Number).ToListAsync());
        Assert.Equal(["1 полугодие", "2 полугодие"], periods.Select(p => p.Name));
        Assert.True(periods[0].Closed);
        Assert.False(periods[1].Closed);
        Assert.Equal(PeriodKind.Half, await app.QueryAsync(school, d => d.PeriodSchemes.Select(s => s.Kind).SingleAsync()));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task SaveGrades_SchemeAndSixDayWeek_AreKeptPerGrade(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var yearId = await app.CurrentYearAsync(school);
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));
        await client.SubmitFormAsync($"/Organisation/Years/Details?id={yearId}",
            new Dictionary<string, string> { ["kind"] = "Half" }, formSelector: "#generate-Half");
        var schemeId = await app.QueryAsync(school, d => d.PeriodSchemes.Select(s => s.Id).SingleAsync());

        var response = await client.SubmitFormAsync($"/Organisation/Years/Details?id={yearId}", new Dictionary<string, string>
        {
            ["Grades[0].Grade"] = "10", ["Grades[0].PeriodSchemeId"] = schemeId.ToString(), ["Grades[0].DaysPerWeek"] = "6",
            ["Grades[1].Grade"] = "1", ["Grades[1].PeriodSchemeId"] = "", ["Grades[1].DaysPerWeek"] = "5",
        }, formSelector: "#grades-form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var tenth = await app.QueryAsync(school, d => d.GradeSettings.SingleAsync(g => g.Grade == 10));
        Assert.Equal(schemeId, tenth.PeriodSchemeId);
        Assert.Equal(6, tenth.DaysPerWeek);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Post_AsTeacher_IsForbiddenAndNothingSaved(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var yearId = await app.CurrentYearAsync(school);
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Teacher));

        var year = await client.SubmitFormAsync("/Organisation/Years/Edit", new Dictionary<string, string>
        {
            ["Name"] = "2040/2041", ["Start"] = "2040-09-01", ["End"] = "2041-08-31",
        });
        var page = await client.GetDocumentAsync($"/Organisation/Years/Details?id={yearId}");
        Assert.Null(page.QuerySelector("#generate-Quarter")); // a teacher is not offered the button, and a forged post is refused
        var quarters = await client.SubmitFormAsync($"/Organisation/Years/Details?id={yearId}",
            new Dictionary<string, string> { ["kind"] = "Quarter" }, action: $"/Organisation/Years/Details?id={yearId}&handler=Generate", formSelector: "#grades-form");

        Assert.Equal(HttpStatusCode.Forbidden, year.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, quarters.StatusCode);
        Assert.False(await app.AnyAsync(school, d => d.AcademicYears.Where(y => y.Name == "2040/2041")));
        Assert.False(await app.AnyAsync(school, d => d.PeriodSchemes));
    }
}
