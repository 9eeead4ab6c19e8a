using System.Net;
using AngleSharp.Dom;
using MiniExcelLibs;
using Parta.Access;
using Parta.Web.Tests.Infrastructure;
using Parta.Web.Tests.Journal;

namespace Parta.Web.Tests.Reports;

/// <summary>
/// Контроль заполнения журналов over <see cref="JournalWorld"/>'s second quarter (today 30.11): 5Ж's mathematics has a
/// topic and homework on every lesson given but 23.11 (no topic), one late mark (Анна), Вера (arrived 10.11) with one mark
/// of the three needed, and period marks for Анна and Борис only; Глеб and Дарья left the list before the counting day.
/// </summary>
public sealed class JournalFillingTests(TestApps apps)
{
    private static readonly DateOnly NoTopicDay = new(2026, 11, 23);
    private static readonly DateOnly LateDay = new(2026, 11, 11);
    private static readonly string[] SheetColumns = ["B", "C", "D", "E", "F", "G", "H", "I"];

    private static async Task<JournalWorld> FillingWorldAsync(PartaAppFactory app)
    {
        var w = await app.CreateJournalWorldAsync();
        await app.FillLessonsAsync(w, w.Maths, JournalWorld.SecondQuarterStart, JournalWorld.Today);
        var noTopic = await app.LessonAsync(w, w.Maths, NoTopicDay);
        await app.SetLessonAsync(w, noTopic, null, "№ 5");
        var late = await app.LessonAsync(w, w.Maths, LateDay);
        var recent = await app.LessonAsync(w, w.Maths, new DateOnly(2026, 11, 27));
        var monday = await app.LessonAsync(w, w.Maths, JournalWorld.Today);
        await app.AddMarkAsync(w, late, w.Anna, "4", late: true);
        await app.AddMarkAsync(w, recent, w.Anna, "5");
        await app.AddMarkAsync(w, monday, w.Anna, "5");
        foreach (var lesson in new[] { late, recent, monday })
        {
            await app.AddMarkAsync(w, lesson, w.Boris, "3");
        }

        await app.AddMarkAsync(w, recent, w.Vera, "4");
        await app.AddMarkAsync(w, late, w.Gleb, "2");
        await app.AddPeriodMarkAsync(w, w.Maths, w.Anna, w.SecondQuarter, "5");
        await app.AddPeriodMarkAsync(w, w.Maths, w.Boris, w.SecondQuarter, "3");
        return w;
    }

    private static IElement Row(IDocument page, string classOrGroup, string subject) =>
        page.QuerySelectorAll("table.filling tbody tr").Single(r =>
            r.QuerySelector("th")!.TextContent.Trim() == classOrGroup && r.QuerySelectorAll("td")[0].TextContent.Trim() == subject);

    private static List<(string Text, string Href)> Links(IElement cell) =>
        cell.QuerySelectorAll("li a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href")!)).ToList();

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Filling_OfTheQuarter_FindsEachGapOnce_WithLinksToItsCell(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await FillingWorldAsync(app);
        using var director = await app.SignedInClientAsync(w.Director);
        var noTopic = await app.LessonAsync(w, w.Maths, NoTopicDay);
        var grid = $"/Journal/Grid?assignmentId={w.Maths}&periodId={w.SecondQuarter}";

        var page = await director.GetDocumentAsync($"/Reports/Filling?periodId={w.SecondQuarter}&classId={w.ClassId}");

        var row = Row(page, "5Ж", "Математика");
        var cells = row.QuerySelectorAll("td");
        var given = (await app.LessonsAsync(w, w.Maths, JournalWorld.SecondQuarterStart, JournalWorld.Today)).Count;
        Assert.Equal(given.ToString(System.Globalization.CultureInfo.InvariantCulture), cells[1].TextContent.Trim());
        Assert.Equal([("23.11.2026, 1 урок", $"/Journal/Lesson?lessonId={noTopic}")], Links(cells[2]));
        Assert.Equal("0", cells[3].TextContent.Trim());
        Assert.Equal([("11.11.2026, Антонова Анна Сергеевна: «4»", grid + "&month=2026-11-01")], Links(cells[4]));
        Assert.Equal([("Васильева Вера Олеговна: 1 отметка", grid)], Links(cells[5]));
        Assert.Equal([("Васильева Вера Олеговна", $"/Grading/Sheet?assignmentId={w.Maths}&periodId={w.SecondQuarter}")], Links(cells[6]));
        Assert.Equal($"{grid}", row.QuerySelector("th a")!.GetAttribute("href"));
        // The links open the journal's lesson and month for someone who keeps the journal.
        using var teacher = await app.SignedInClientAsync(w.Teacher);
        Assert.Equal(HttpStatusCode.OK, (await teacher.GetAsync($"/Journal/Lesson?lessonId={noTopic}")).StatusCode);
        var month = await teacher.GetDocumentAsync(grid + "&month=2026-11-01");
        Assert.Contains(month.QuerySelectorAll("tr[data-student]"), r => r.GetAttribute("data-student") == w.Anna.ToString());
        Assert.Equal(HttpStatusCode.OK, (await teacher.GetAsync(Links(cells[6])[0].Href)).StatusCode);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Filling_Xlsx_HoldsTheScreensCounts(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await FillingWorldAsync(app);
        using var director = await app.SignedInClientAsync(w.Director);
        var url = $"/Reports/Filling?periodId={w.SecondQuarter}";

        var page = await director.GetDocumentAsync(url);
        using var file = await director.GetAsync(url + "&handler=Xlsx");

        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        var screen = page.QuerySelectorAll("table.filling tbody tr").Select(r =>
            string.Join("|", new[] { r.QuerySelector("th")!.TextContent.Trim() }
                .Concat(r.QuerySelectorAll("td").Select(td => td.QuerySelector("summary")?.TextContent.Trim() ?? td.TextContent.Trim()))))
            .ToList();
        var rows = MiniExcel.Query(new MemoryStream(await file.Content.ReadAsByteArrayAsync())).Cast<IDictionary<string, object?>>().ToList();
        var header = rows.FindIndex(r => Equals(r["A"], "Учитель"));
        var sheet = rows.Skip(header + 1).TakeWhile(r => r["A"] is not null)
            .Select(r => string.Join("|", SheetColumns.Select(k => Convert.ToString(r[k], System.Globalization.CultureInfo.InvariantCulture))))
            .ToList();
        Assert.Equal(screen, sheet);
        Assert.Contains("5Ж|Математика|", sheet.First(s => s.StartsWith("5Ж|Математика", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Filling_ForATeacher_ShowsOnlyTheirOwnJournals(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await FillingWorldAsync(app);
        using var petrova = await app.SignedInClientAsync(w.Petrova);

        var page = await petrova.GetDocumentAsync($"/Reports/Filling?periodId={w.SecondQuarter}");

        var rows = page.QuerySelectorAll("table.filling tbody tr")
            .Select(r => r.QuerySelector("th")!.TextContent.Trim() + " " + r.QuerySelectorAll("td")[0].TextContent.Trim()).ToList();
        Assert.Equal(["5Ж Русский язык"], rows);
        Assert.Empty(page.QuerySelectorAll("select#teacherId"));
        Assert.Equal(["Петрова"], page.QuerySelectorAll("section.filling-teacher h2").Select(h => h.TextContent.Trim().Split(' ')[0]));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Filling_ForFamilyOrAnotherSchoolsClass_IsRefused(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await FillingWorldAsync(app);
        var other = await app.CreateJournalWorldAsync();
        using var parent = await app.SignedInClientAsync(w.Parent);
        using var student = await app.SignedInClientAsync(w.AnnaAccount);
        using var director = await app.SignedInClientAsync(w.Director);

        Assert.Equal(HttpStatusCode.Forbidden, (await parent.GetAsync("/Reports/Filling")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await student.GetAsync("/Reports/Filling?handler=Xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await director.GetAsync($"/Reports/Filling?classId={other.ClassId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await director.GetAsync($"/Reports/Filling?periodId={other.SecondQuarter}")).StatusCode);
    }
}
