using System.Net;
using AngleSharp.Dom;
using MiniExcelLibs;
using Parta.Access;
using Parta.Web.Tests.Infrastructure;
using Parta.Web.Tests.Journal;

namespace Parta.Web.Tests.Reports;

/// <summary>
/// The director's overview of <see cref="JournalWorld"/>'s first quarter (ended 24.10, so its counting day is 24.10:
/// Глеб and Дарья are still in 5Ж, Вера not yet), with three students added to 5И. Period marks:
/// 5Ж — Анна 5, 5, зач (excellent); Борис 4, 3; Глеб 2, 4 (failing); Дарья н/а, 5 (failing, not assessed);
/// 5И — Ирина 4, Павел 5, Семён 3 (mathematics only).
/// By hand: 5Ж успеваемость 2/4 = 50,00 %, качество 1/4 = 25,00 %; 5И 3/3 = 100,00 %, 2/3 = 66,67 %.
/// Mathematics: 5 4 2 н/а 4 5 3 — 5 of 7 passing = 71,43 %, «4» and «5» 4 of 7 = 57,14 %.
/// Иванова (mathematics of both classes and PE): 8 marks, 6 passing (зач passes) = 75,00 %, quality 4 of 7 = 57,14 %.
/// Петрова (Russian): 5 3 4 5 — 100,00 %, 75,00 %.
/// </summary>
public sealed class SchoolOverviewTests(TestApps apps)
{
    private static readonly string[] SheetColumns = ["B", "C", "D", "E"];

    private static async Task<JournalWorld> OverviewWorldAsync(PartaAppFactory app)
    {
        var w = await app.CreateJournalWorldAsync();
        var q1 = w.FirstQuarter;
        foreach (var (student, maths, russian) in new[] { (w.Anna, "5", "5"), (w.Boris, "4", "3"), (w.Gleb, "2", "4"), (w.Darya, "н/а", "5") })
        {
            await app.AddPeriodMarkAsync(w, w.Maths, student, q1, maths);
            await app.AddPeriodMarkAsync(w, w.Russian, student, q1, russian);
        }

        await app.AddPeriodMarkAsync(w, w.Pe, w.Anna, q1, "зач");
        foreach (var (name, mark) in new[] { ("Ирина", "4"), ("Павел", "5"), ("Семён", "3") })
        {
            var student = await app.AddStudentAsync(w.School, w.OtherClassId, "Игнатьева", name);
            await app.AddPeriodMarkAsync(w, w.OtherMaths, student, q1, mark);
        }

        return w;
    }

    private static List<string> Table(IDocument page, string title) =>
        page.QuerySelectorAll("section.report-table").Single(s => s.QuerySelector("h2")!.TextContent.Trim() == title)
            .QuerySelectorAll("tbody tr")
            .Select(r => r.QuerySelector("th")!.TextContent.Trim() + ": " + string.Join(" ", r.QuerySelectorAll("td").Select(td => td.TextContent.Trim())))
            .ToList();

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Overview_OfTheFirstQuarter_HasTheHandComputedRates_AndAChartWithTheNumbersAsText(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await OverviewWorldAsync(app);
        using var director = await app.SignedInClientAsync(w.Director);

        var page = await director.GetDocumentAsync($"/Reports/Overview?periodId={w.FirstQuarter}");

        Assert.Equal(["5Ж: 4 2 50,00 25,00", "5И: 3 3 100,00 66,67"], Table(page, "Успеваемость и качество по классам"));
        Assert.Equal(["Математика: 7 5 71,43 57,14", "Русский язык: 4 4 100,00 75,00", "Физическая культура: 1 1 100,00 —"], Table(page, "По предметам"));
        var teachers = Table(page, "По учителям");
        Assert.Equal(2, teachers.Count);
        Assert.EndsWith(": 8 6 75,00 57,14", teachers.Single(t => t.StartsWith("Иванова", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.EndsWith(": 4 4 100,00 75,00", teachers.Single(t => t.StartsWith("Петрова", StringComparison.Ordinal)), StringComparison.Ordinal);

        var svg = page.QuerySelector("figure.overview-chart svg")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Contains("1 четверть", svg.GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.NotNull(svg.QuerySelector("title"));
        var texts = svg.QuerySelectorAll("text").Select(t => t.TextContent).ToList();
        Assert.Contains("5Ж", texts);
        Assert.Contains("5И", texts);
        Assert.Contains("50 %", texts);
        Assert.Contains("25 %", texts);
        Assert.Contains("100 %", texts);
        Assert.Contains("66,7 %", texts);
        Assert.NotNull(svg.QuerySelector("pattern"));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Overview_Xlsx_HoldsTheScreensClassTable(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await OverviewWorldAsync(app);
        using var director = await app.SignedInClientAsync(w.Director);
        var url = $"/Reports/Overview?periodId={w.FirstQuarter}";

        var page = await director.GetDocumentAsync(url);
        using var file = await director.GetAsync(url + "&handler=Xlsx");

        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        var rows = MiniExcel.Query(new MemoryStream(await file.Content.ReadAsByteArrayAsync())).Cast<IDictionary<string, object?>>().ToList();
        var header = rows.FindIndex(r => Equals(r["A"], "Класс"));
        var sheet = rows.Skip(header + 1).TakeWhile(r => r["A"] is not null)
            .Select(r => $"{r["A"]}: " + string.Join(" ", SheetColumns.Select(k => r[k] is double d
                ? d.ToString(k is "B" or "C" ? "0" : "0.00", Parta.Common.RussianCulture.Instance)
                : Convert.ToString(r[k], Parta.Common.RussianCulture.Instance))))
            .ToList();
        Assert.Equal(Table(page, "Успеваемость и качество по классам"), sheet);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Overview_IsTheAdministrations_AndAnotherSchoolsPeriodIsNotFound(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await OverviewWorldAsync(app);
        var other = await app.CreateJournalWorldAsync();
        using var teacher = await app.SignedInClientAsync(w.ClassTeacher);
        using var parent = await app.SignedInClientAsync(w.Parent);
        using var director = await app.SignedInClientAsync(w.Director);

        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.GetAsync("/Reports/Overview")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await parent.GetAsync("/Reports/Overview?handler=Xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await director.GetAsync($"/Reports/Overview?periodId={other.FirstQuarter}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await director.GetAsync("/Reports/Overview")).StatusCode);
    }
}
