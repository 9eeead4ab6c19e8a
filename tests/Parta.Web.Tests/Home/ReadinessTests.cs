using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Web.Tests.Infrastructure;
using Parta.Web.Tests.Organisation;

namespace Parta.Web.Tests.Home;

/// <summary>The coordinator's home page says what is still missing before the first lesson, and stops saying it once done.</summary>
public sealed class ReadinessTests(TestApps apps)
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Home_NewSchool_ListsWhatIsMissing_ThenShowsItDone(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var yearId = await app.CurrentYearAsync(school);
        var emptyClass = await app.CreateClassAsync(school, 6, "Б");
        await app.CreateStudentAsync(school, "Полякова");
        using var coordinator = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));

        var before = await ChecksAsync(coordinator);

        Assert.Equal("2 класса без классного руководителя", before["Классные руководители"]);
        Assert.Equal("1 класс без учащихся", before["Учащиеся в классах"]);
        Assert.Equal("2 параллели без схемы учебных периодов", before["Учебные периоды"]);
        Assert.Equal("2 класса без часов учебного плана", before["Учебный план"]);
        Assert.Equal("1 учащийся без родителей (законных представителей)", before["Родители"]);
        Assert.Equal("1 учащийся без учётной записи", before["Учётные записи учащихся"]);
        Assert.Equal("готово", before["Классы"]);

        var teacherId = await app.CreateStaffAsync(school, "Руководителева");
        await app.WithDbAsync(school.Id, async d =>
        {
            await d.SchoolClasses.ExecuteUpdateAsync(u => u.SetProperty(c => c.ClassTeacherId, teacherId));
            d.SchoolClasses.Remove(await d.SchoolClasses.SingleAsync(c => c.Id == emptyClass));
            var scheme = new Parta.Organisation.PeriodScheme { SchoolId = school.Id, AcademicYearId = yearId, Name = "Четверти" };
            d.PeriodSchemes.Add(scheme);
            d.GradeSettings.Add(new Parta.Organisation.GradeSettings { SchoolId = school.Id, AcademicYearId = yearId, Grade = 5, PeriodSchemeId = scheme.Id });
            return await d.SaveChangesAsync();
        });

        var after = await ChecksAsync(coordinator);

        Assert.Equal("готово", after["Классные руководители"]);
        Assert.Equal("готово", after["Учащиеся в классах"]);
        Assert.Equal("готово", after["Учебные периоды"]);
        Assert.Equal("1 класс без часов учебного плана", after["Учебный план"]);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Home_Teacher_SeesNoReadiness(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        await app.CurrentYearAsync(school);
        using var teacher = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Teacher));

        var home = await teacher.GetDocumentAsync("/");

        Assert.Null(home.QuerySelector("section.readiness"));
        Assert.DoesNotContain("Готовность школы", home.Body!.TextContent, StringComparison.Ordinal);
    }

    private static async Task<Dictionary<string, string>> ChecksAsync(HttpClient client)
    {
        var home = await client.GetDocumentAsync("/");
        Assert.Contains("Готовность школы к 2026/2027 учебному году", home.QuerySelector("#readiness")!.TextContent, StringComparison.Ordinal);
        return home.QuerySelectorAll(".readiness-checks li").ToDictionary(
            li => li.QuerySelector("strong")!.TextContent.Trim(),
            li => li.QuerySelector("span > span")!.TextContent.Trim());
    }
}
