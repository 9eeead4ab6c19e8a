using Microsoft.Playwright;

namespace Parta.Browser.Tests.Movement;

/// <summary>The coordinator prints the movement book: the paper shows the book and its period, not the menus and filters.</summary>
public sealed class MovementPrintJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Coordinator_PrintsTheBook_PaperHasThePeriodAndRecords_NoMenusFiltersOrButtons()
    {
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, "coordinator");
        await page.GotoAsync("/Movement?from=2026-09-01&to=2026-12-31");
        var print = page.GetByRole(AriaRole.Button, new() { Name = "Печать" });
        await Assertions.Expect(print).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Записи с 01.09.2026 по 31.12.2026")).ToBeHiddenAsync();

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        await Assertions.Expect(page.GetByText("Записи с 01.09.2026 по 31.12.2026")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Книга движения учащихся" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main table tbody tr").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Основная навигация" })).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByLabel("Событие")).ToBeHiddenAsync();
        await Assertions.Expect(print).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Скачать XLSX" })).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Исправить" }).First).ToBeHiddenAsync();
        await BrowserApp.ScreenshotAsync(page, "movement-book-print");
        await page.Context.CloseAsync();
    }
}
