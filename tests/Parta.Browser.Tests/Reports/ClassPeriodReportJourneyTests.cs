using Microsoft.Playwright;

namespace Parta.Browser.Tests.Reports;

/// <summary>
/// A class teacher (the demo's «teacher», class teacher of 5А) opens «Отчёты», the class teacher's period report — her
/// class and the quarter with period marks are already chosen — checks the counts against the students' list under it,
/// and downloads the PDF to sign.
/// </summary>
public sealed class ClassPeriodReportJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task ClassTeacher_OpensTheReportOfTheirClassInOneClick_AndDownloadsThePdf()
    {
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, "teacher");
        await page.GetByRole(AriaRole.Link, new() { Name = "Отчёты", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Отчёт классного руководителя за период" }).ClickAsync();

        await Assertions.Expect(page.Locator("#classId option:checked")).ToHaveTextAsync("5А");
        var tables = page.Locator("table.report");
        await Assertions.Expect(tables).ToHaveCountAsync(2);
        var measures = await tables.Nth(0).Locator("tbody tr").EvaluateAllAsync<string[][]>(
            "rows => rows.map(r => Array.from(r.cells).map(c => c.textContent.trim()))");
        var value = measures.ToDictionary(r => r[0], r => r[1]);
        var students = await tables.Nth(1).Locator("tbody tr").EvaluateAllAsync<string[]>(
            "rows => rows.map(r => r.cells[r.cells.length - 2].textContent.trim())");

        // The counts agree with the list of students and their standings under the measures.
        var count = value.Single(kv => kv.Key.StartsWith("Учащихся на", StringComparison.Ordinal)).Value;
        Assert.Equal(students.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), count);
        Assert.Equal(students.Count(s => s == "отличник").ToString(System.Globalization.CultureInfo.InvariantCulture), value["Отличников (все «5»)"]);
        Assert.Equal(
            students.Count(s => s is "неуспевающий" or "не аттестован").ToString(System.Globalization.CultureInfo.InvariantCulture),
            value["Неуспевающих («2», «1», «незач», «н/а»)"]);
        // The demo's finished quarter has period marks: the rate is a number, and it is the hand count of the list's standings.
        var failing = students.Count(s => s is "неуспевающий" or "не аттестован");
        var ru = System.Globalization.CultureInfo.GetCultureInfo("ru-RU");
        Assert.Equal(Math.Round((students.Length - failing) * 100m / students.Length, 2, MidpointRounding.AwayFromZero).ToString("0.00", ru), value["Успеваемость, %"]);
        var good = students.Count(s => s is "отличник" or "хорошист" or "хорошист, одна «4»");
        Assert.Equal(Math.Round(good * 100m / students.Length, 2, MidpointRounding.AwayFromZero).ToString("0.00", ru), value["Качество знаний, %"]);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Скачать PDF" }).ClickAsync());

        Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("5А", download.SuggestedFilename, StringComparison.Ordinal);
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync());
        Assert.True(bytes.Length > 1000 && bytes[0] == (byte)'%' && bytes[1] == (byte)'P', "a PDF is downloaded");
        await page.Context.CloseAsync();
    }
}
