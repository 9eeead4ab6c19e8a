using Microsoft.Playwright;

namespace Parta.Browser.Tests.Grading;

/// <summary>
/// The coordinator opens «Закрытие периода» from the menu, sees per class what is missing with links to the sheet or the
/// journal, is refused closing a class with gaps without a reason, closes it with a reason, and opens it again. The
/// journey uses the last class of the list and leaves the demo as it was.
/// </summary>
public sealed class PeriodClosingJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Coordinator_SeesWhatIsMissing_IsRefusedWithoutAReason_ClosesWithOne_AndReopens()
    {
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, "coordinator");
        await BrowserApp.OpenMenuAsync(page, "Журнал", "Закрытие периода");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Закрытие периода");

        // The current period has gaps somewhere: some class lists what, with links straight to the sheet or the journal.
        var withGaps = page.Locator("#closing-classes tbody tr", new() { Has = page.Locator("details") });
        await Assertions.Expect(withGaps.First).ToBeVisibleAsync();
        await withGaps.First.Locator("summary").ClickAsync();
        await Assertions.Expect(withGaps.First.Locator("details a").First).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^/(Grading/Sheet|Journal/Grid)\\?assignmentId="));

        var last = withGaps.Last;
        var className = (await last.Locator("th").TextContentAsync())!.Trim();
        await last.Locator("input[type=checkbox]").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Закрыть для выбранных классов" }).ClickAsync();
        await Assertions.Expect(page.Locator("#closing-errors")).ToContainTextAsync("Не всё заполнено");
        await BrowserApp.ScreenshotAsync(page, "grading-closing-refused");

        var row = page.Locator("#closing-classes tbody tr", new() { Has = page.Locator("th", new() { HasTextString = className }) });
        await row.Locator("input[type=checkbox]").CheckAsync();
        await page.GetByLabel("Причина, если закрыть, не дожидаясь заполнения").FillAsync("Проверка закрытия: учитель на больничном, отметки внесёт завуч");
        await page.GetByRole(AriaRole.Button, new() { Name = "Закрыть для выбранных классов" }).ClickAsync();
        await Assertions.Expect(row.Locator("td").Nth(1)).ToContainTextAsync("закрыт (несмотря на пробелы: Проверка закрытия");

        await row.Locator("input[type=checkbox]").CheckAsync();
        await page.GetByLabel("Почему период открывается снова").FillAsync("Проверка закрытия окончена");
        await page.GetByRole(AriaRole.Button, new() { Name = "Открыть для выбранных классов" }).ClickAsync();
        await Assertions.Expect(row.Locator("td").Nth(1)).ToHaveTextAsync("открыт");
        await BrowserApp.ScreenshotAsync(page, "grading-closing-reopened");
        await page.Context.CloseAsync();
    }
}
