using System.Net;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.Organisation;

/// <summary>
/// Two people edit the same record: the one who saves second, from a form opened before the first saved, is refused
/// («Запись уже изменил другой пользователь»), nothing of theirs is written, and the page shows what is saved now.
/// </summary>
public sealed class StaleSaveTests(TestApps apps)
{
    private const string Stale = "Запись уже изменил другой пользователь";

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task SaveSubject_ChangedSinceTheFormWasOpened_IsRefusedAndShowsTheSavedValue(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var subjectId = await app.CreateSubjectAsync(school, "Астрономия", "Астр.");
        using var mine = await CoordinatorAsync(app, school);
        using var theirs = await CoordinatorAsync(app, school);
        var url = $"/Organisation/Subjects/Edit?id={subjectId}";
        var myForm = await mine.OpenFormAsync(url);
        Saved(await (await theirs.OpenFormAsync(url)).SubmitAsync(new Dictionary<string, string> { ["ShortName"] = "Астроном." }));

        var response = await myForm.SubmitAsync(new Dictionary<string, string> { ["ShortName"] = "Астрон." });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = await OrganisationData.ErrorsAsync(response);
        Assert.Contains(errors, e => e.StartsWith(Stale, StringComparison.Ordinal));
        Assert.Contains("Сейчас сохранено: «Астроном.».", errors);
        Assert.Equal("Астроном.", await app.QueryAsync(school, d => d.Subjects.Select(s => s.ShortName).SingleAsync()));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task SaveClass_ChangedSinceTheFormWasOpened_IsRefusedAndShowsTheSavedValue(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var classId = await app.CreateClassAsync(school, 5, "А");
        var teacherId = await app.CreateStaffAsync(school, "Смирнова");
        using var mine = await CoordinatorAsync(app, school);
        using var theirs = await CoordinatorAsync(app, school);
        var url = $"/Organisation/Classes/Edit?id={classId}";
        var myForm = await mine.OpenFormAsync(url);
        Saved(await (await theirs.OpenFormAsync(url)).SubmitAsync(new Dictionary<string, string> { ["Letter"] = "Б" }));

        var response = await myForm.SubmitAsync(new Dictionary<string, string> { ["ClassTeacherId"] = teacherId.ToString() });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = await OrganisationData.ErrorsAsync(response);
        Assert.Contains(errors, e => e.StartsWith(Stale, StringComparison.Ordinal));
        Assert.Contains("Сейчас сохранено: «Б».", errors);
        var saved = await app.QueryAsync(school, d => d.SchoolClasses.Select(c => new { c.Letter, c.ClassTeacherId }).SingleAsync());
        Assert.Equal("Б", saved.Letter);
        Assert.Null(saved.ClassTeacherId);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task SaveYear_ChangedSinceTheFormWasOpened_IsRefusedAndShowsTheSavedValue(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var yearId = await app.CurrentYearAsync(school);
        using var mine = await CoordinatorAsync(app, school);
        using var theirs = await CoordinatorAsync(app, school);
        var url = $"/Organisation/Years/Edit?id={yearId}";
        var myForm = await mine.OpenFormAsync(url);
        Saved(await (await theirs.OpenFormAsync(url)).SubmitAsync(new Dictionary<string, string> { ["End"] = "2027-06-30" }));

        var response = await myForm.SubmitAsync(new Dictionary<string, string> { ["Name"] = "2026–2027" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = await OrganisationData.ErrorsAsync(response);
        Assert.Contains(errors, e => e.StartsWith(Stale, StringComparison.Ordinal));
        Assert.Contains("Сейчас сохранено: «30.06.2027».", errors);
        var saved = await app.QueryAsync(school, d => d.AcademicYears.Select(y => new { y.Name, y.End }).SingleAsync());
        Assert.Equal(("2026/2027", new DateOnly(2027, 6, 30)), (saved.Name, saved.End));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task SaveCurriculum_GridChangedSinceItWasOpened_IsRefusedAndShowsTheSavedHours(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var yearId = await app.CurrentYearAsync(school);
        await app.CreateSubjectAsync(school, "Математика", "Мат.");
        using var mine = await CoordinatorAsync(app, school);
        using var theirs = await CoordinatorAsync(app, school);
        var url = $"/Organisation/Curriculum?yearId={yearId}";
        var myGrid = await mine.OpenFormAsync(url, "#curriculum-form");
        Saved(await (await theirs.OpenFormAsync(url, "#curriculum-form")).SubmitAsync(new Dictionary<string, string> { ["Cells[4].Hours"] = "5" }));

        var response = await myGrid.SubmitAsync(new Dictionary<string, string> { ["Cells[4].Hours"] = "4" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(await OrganisationData.ErrorsAsync(response), e => e.StartsWith(Stale, StringComparison.Ordinal));
        var page = await PageClient.ParseAsync(response);
        Assert.Equal("4", page.QuerySelector("#h-4")!.GetAttribute("value"));
        Assert.Equal("сейчас: 5", page.QuerySelector("#h-4 ~ .saved-now")!.TextContent.Trim());
        Assert.Equal(5m, await app.QueryAsync(school, d => d.CurriculumLines.Select(l => l.HoursPerWeek).SingleAsync()));
    }

    private static async Task<HttpClient> CoordinatorAsync(PartaAppFactory app, TestSchool school) =>
        await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));

    /// <summary>The other user's save went through (a redirect to the list).</summary>
    private static void Saved(HttpResponseMessage response) => Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
}
