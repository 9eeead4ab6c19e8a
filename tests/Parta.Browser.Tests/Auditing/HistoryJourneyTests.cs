using Microsoft.Playwright;

namespace Parta.Browser.Tests.Auditing;

/// <summary>The coordinator changes a student's card and reads what changed in its history, in the words of the card.</summary>
public sealed class HistoryJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Coordinator_ChangesAPhone_ReadsTheChangeInTheCardsHistory()
    {
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, "coordinator");
        await BrowserApp.OpenMenuAsync(page, "Люди", "Учащиеся");
        await page.GetByLabel("Фамилия, имя или отчество").FillAsync("кузнецова анна");
        await page.GetByRole(AriaRole.Button, new() { Name = "Найти" }).ClickAsync();
        await page.Locator("table tbody tr").GetByRole(AriaRole.Link, new() { Name = "Кузнецова Анна Дмитриевна" }).ClickAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Изменить" }).ClickAsync();
        await page.GetByLabel("Телефон").FillAsync("+7 912 555-01-77");
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Кузнецова Анна Дмитриевна", Level = 1 })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "История изменений" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 }))
            .ToHaveTextAsync("История изменений: Личная карточка учащегося — Кузнецова Анна Дмитриевна");
        var row = page.Locator("tbody tr", new() { HasText = "+7 912 555-01-77" }).First;
        await Assertions.Expect(row).ToContainTextAsync("Телефон");
        await Assertions.Expect(row).ToContainTextAsync("Соколова Е. В.");
        await Assertions.Expect(row).ToContainTextAsync("изменено");
        await BrowserApp.ScreenshotAsync(page, "auditing-student-history");
        await BrowserApp.AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Вся история школы" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("История изменений");
        await Assertions.Expect(page.Locator("tbody tr", new() { HasText = "+7 912 555-01-77" }).First).ToContainTextAsync("Кузнецова Анна Дмитриевна");
        await page.Context.CloseAsync();
    }
}
