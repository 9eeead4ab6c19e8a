using System.Net;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Organisation;
using Parta.Web.Tests.Infrastructure;
using static Parta.Web.Tests.Importing.ImportClient;

namespace Parta.Web.Tests.Organisation;

public sealed class SubjectsTests(TestApps apps)
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task AddStandardList_Twice_AddsEachStandardSubjectOnceAndSkipsExisting(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        await app.CreateSubjectAsync(school, "Математика", "Мат.");
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));

        var first = await client.SubmitFormAsync("/Organisation/Subjects", new Dictionary<string, string>(), formSelector: "#standard-form");
        var second = await client.SubmitFormAsync("/Organisation/Subjects", new Dictionary<string, string>(), formSelector: "#standard-form");

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var names = await app.QueryAsync(school, d => d.Subjects.Select(s => s.Name).ToListAsync());
        Assert.Equal(Subject.Standard.Count, names.Count);
        Assert.Equal(names.Count, names.Distinct().Count());
        var page = await client.GetDocumentAsync("/Organisation/Subjects");
        var rows = page.QuerySelectorAll("#subjects tbody tr").Select(r => r.QuerySelector("td")!.TextContent.Trim()).ToList();
        Assert.Equal("Математика", rows[0]);
        Assert.Equal("Русский язык", rows[1]);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Create_SubjectWithoutShortName_IsRefusedInRussian(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));

        var response = await client.SubmitFormAsync("/Organisation/Subjects/Edit", new Dictionary<string, string>
        {
            ["Name"] = "Астрономия", ["ShortName"] = "", ["SortOrder"] = "10",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Заполните поле «Краткое название».", await OrganisationData.ErrorsAsync(response));
        Assert.False(await app.AnyAsync(school, d => d.Subjects));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Name_DifferingOnlyInCaseAndYo_IsTheSameSubjectForTheFormAndTheImport(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        await app.CurrentYearAsync(school);
        await app.CreateSubjectAsync(school, "Основы счёта", "Счёт");
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));

        var byForm = await client.SubmitFormAsync("/Organisation/Subjects/Edit", new Dictionary<string, string>
        {
            ["Name"] = "ОСНОВЫ СЧЕТА", ["ShortName"] = "Счет", ["SortOrder"] = "10",
        });
        var (_, byImport) = await client.PreviewAsync("subjects", "предметы.csv", Utf8Csv("Предмет;Краткое название", "основы счета;"));

        Assert.Equal(HttpStatusCode.OK, byForm.StatusCode);
        Assert.Contains("Предмет «Основы счёта» уже есть.", await OrganisationData.ErrorsAsync(byForm));
        Assert.Empty(Errors(byImport));
        Assert.Equal((0, 0, 1), Counts(byImport)["Предметы"]);
        Assert.Equal(["Основы счёта"], await app.QueryAsync(school, d => d.Subjects.Select(s => s.Name).ToListAsync()));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task SaveCurriculum_GradeHoursAndClassOverride_AreKept(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var yearId = await app.CurrentYearAsync(school);
        var maths = await app.CreateSubjectAsync(school, "Математика", "Мат.");
        var c5b = await app.CreateClassAsync(school, 5, "Б");
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));

        var grid = await client.SubmitFormAsync($"/Organisation/Curriculum?yearId={yearId}", new Dictionary<string, string>
        {
            ["Cells[0].SubjectId"] = maths.ToString(), ["Cells[0].Grade"] = "5", ["Cells[0].Hours"] = "5",
            ["Cells[1].SubjectId"] = maths.ToString(), ["Cells[1].Grade"] = "6", ["Cells[1].Hours"] = "4,5",
            ["Cells[2].SubjectId"] = maths.ToString(), ["Cells[2].Grade"] = "7", ["Cells[2].Hours"] = "",
        }, formSelector: "#curriculum-form");
        var own = await client.SubmitFormAsync($"/Organisation/Curriculum?yearId={yearId}&classId={c5b}", new Dictionary<string, string>
        {
            ["Cells[0].SubjectId"] = maths.ToString(), ["Cells[0].Grade"] = "5", ["Cells[0].Hours"] = "6",
        }, formSelector: "#curriculum-form");

        Assert.Equal(HttpStatusCode.Redirect, grid.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, own.StatusCode);
        var lines = await app.QueryAsync(school, d => d.CurriculumLines.Select(l => new { l.Grade, l.SchoolClassId, l.HoursPerWeek }).ToListAsync());
        Assert.Equal(3, lines.Count);
        Assert.Contains(lines, l => l.Grade == 6 && l.SchoolClassId == null && l.HoursPerWeek == 4.5m);
        Assert.Contains(lines, l => l.Grade == 5 && l.SchoolClassId == c5b && l.HoursPerWeek == 6m);
        var page = await client.GetDocumentAsync($"/Organisation/Curriculum?yearId={yearId}");
        Assert.Equal("4,5", page.QuerySelector("#h-5")!.GetAttribute("value"));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task SaveCurriculum_NotANumber_IsRefusedAndTypedValueKept(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var yearId = await app.CurrentYearAsync(school);
        var maths = await app.CreateSubjectAsync(school, "Математика", "Мат.");
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));

        var response = await client.SubmitFormAsync($"/Organisation/Curriculum?yearId={yearId}", new Dictionary<string, string>
        {
            ["Cells[0].SubjectId"] = maths.ToString(), ["Cells[0].Grade"] = "5", ["Cells[0].Hours"] = "пять",
        }, formSelector: "#curriculum-form");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Математика, 5 класс: «пять» — не число часов (например 2 или 0,5).", await OrganisationData.ErrorsAsync(response));
        Assert.False(await app.AnyAsync(school, d => d.CurriculumLines));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task SaveCurriculum_ExamTicked_IsShownAndUntickingClearsIt_ExamWithoutHoursRefused(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var yearId = await app.CurrentYearAsync(school);
        var maths = await app.CreateSubjectAsync(school, "Математика", "Мат.");
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));
        var url = $"/Organisation/Curriculum?yearId={yearId}";

        var ticked = await client.SubmitFormAsync(url, new Dictionary<string, string>
        {
            ["Cells[0].SubjectId"] = maths.ToString(), ["Cells[0].Grade"] = "9", ["Cells[0].Hours"] = "5", ["Cells[0].Exam"] = "true",
            ["Cells[1].SubjectId"] = maths.ToString(), ["Cells[1].Grade"] = "8", ["Cells[1].Hours"] = "5",
        }, formSelector: "#curriculum-form");
        var page = await client.GetDocumentAsync(url);
        var examBoxes = page.QuerySelectorAll("#curriculum-form input[type=checkbox]").Where(b => b.HasAttribute("checked"))
            .Select(b => page.QuerySelector($"label[for={b.Id}]")!.TextContent.Trim()).ToList();
        var withoutHours = await client.SubmitFormAsync(url, new Dictionary<string, string>
        {
            ["Cells[0].SubjectId"] = maths.ToString(), ["Cells[0].Grade"] = "9", ["Cells[0].Hours"] = "5", ["Cells[0].Exam"] = "true",
            ["Cells[1].SubjectId"] = maths.ToString(), ["Cells[1].Grade"] = "11", ["Cells[1].Hours"] = "", ["Cells[1].Exam"] = "true",
        }, formSelector: "#curriculum-form");
        var stillNine = await app.QueryAsync(school, d => d.CurriculumLines.Where(l => l.Exam).Select(l => l.Grade).ToListAsync());
        var unticked = await client.SubmitFormAsync(url, new Dictionary<string, string>
        {
            ["Cells[0].SubjectId"] = maths.ToString(), ["Cells[0].Grade"] = "9", ["Cells[0].Hours"] = "5",
        }, formSelector: "#curriculum-form");

        Assert.Equal(HttpStatusCode.Redirect, ticked.StatusCode);
        Assert.Equal(["экз.Математика, 9 класс, экзамен"], examBoxes);
        Assert.Equal(HttpStatusCode.OK, withoutHours.StatusCode);
        Assert.Contains("Математика, 11 класс: отмечен экзамен, но не указаны часы в неделю.", await OrganisationData.ErrorsAsync(withoutHours));
        Assert.Equal([9], stillNine);
        Assert.Equal(HttpStatusCode.Redirect, unticked.StatusCode);
        Assert.False(await app.AnyAsync(school, d => d.CurriculumLines.Where(l => l.Exam)));
        var history = await app.QueryAsync(school, d => d.AuditEntries.CountAsync(a => a.SchoolId == school.Id && a.EntityType == nameof(CurriculumLine)));
        Assert.True(history >= 3, $"{history} history rows");
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task ImportCurriculum_ExamColumn_SetsTheFlag_EmptyKeepsIt_NonsenseIsAnError(Db db)
    {
        var app = await apps.GetAsync(db);
        var (school, client) = await app.SchoolWithCoordinatorAsync();
        await app.CurrentYearAsync(school);
        await app.CreateSubjectAsync(school, "Математика", "Мат.");
        await app.CreateSubjectAsync(school, "Русский язык", "Рус.");

        await client.ImportAsync("curriculum", "план.csv", Utf8Csv("Предмет;Параллель;Часов в неделю;Экзамен", "Математика;9;5;да", "Русский язык;9;3;нет"));
        await client.ImportAsync("curriculum", "план.csv", Utf8Csv("Предмет;Параллель;Часов в неделю", "Математика;9;6", "Русский язык;9;3"));
        var (_, nonsense) = await client.PreviewAsync("curriculum", "план.csv", Utf8Csv("Предмет;Параллель;Часов в неделю;Экзамен", "Русский язык;9;3;может быть"));

        var lines = await app.QueryAsync(school, d => d.CurriculumLines.Select(l => new { l.HoursPerWeek, l.Exam, l.Grade }).ToListAsync());
        Assert.Contains(lines, l => l is { HoursPerWeek: 6m, Exam: true });
        Assert.Contains(lines, l => l is { HoursPerWeek: 3m, Exam: false });
        Assert.Equal(["Строка 2, «Экзамен»: укажите «да» или «нет», а не «может быть»"], Errors(nonsense));
    }
}
