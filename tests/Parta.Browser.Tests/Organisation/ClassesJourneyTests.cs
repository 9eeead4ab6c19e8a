using Microsoft.Playwright;

namespace Parta.Browser.Tests.Organisation;

/// <summary>The coordinator sets up the school before the first lesson: a new class of the year, and deletes it as made by mistake.</summary>
public sealed class ClassesJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Coordinator_CreatesAClass_SeesItInTheListOfTheYear_DeletesItButNotAClassWithPupils()
    {
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, "coordinator");

        await BrowserApp.OpenMenuAsync(page, "Школа", "Классы");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Классы 2026/2027");
        await Assertions.Expect(page.Locator("#classes")).ToContainTextAsync("5А");
        await Assertions.Expect(page.Locator("#classes")).ToContainTextAsync("7Б");
        await page.GetByRole(AriaRole.Link, new() { Name = "Добавить класс" }).ClickAsync();
        await page.GetByLabel("Параллель").SelectOptionAsync("9");
        await page.GetByLabel("Литера").FillAsync("Я");
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Класс 9Я добавлен.");
        var row = page.Locator("#classes tbody tr", new() { HasText = "9Я" });
        await Assertions.Expect(row).ToContainTextAsync("не назначен");
        await BrowserApp.ScreenshotAsync(page, "organisation-classes-created");

        // A class with pupils is not deleted; the one made by mistake is.
        // The class's name opens its page; editing is a button on it.
        await page.Locator("#classes tbody tr", new() { HasText = "5А" }).GetByRole(AriaRole.Link, new() { Name = "5А", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Изменить класс" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Удалить класс" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("нельзя");
        await page.GotoAsync("/Organisation/Classes");
        await row.GetByRole(AriaRole.Link, new() { Name = "9Я" }).ClickAsync();
        await Assertions.Expect(page.Locator("#list-title")).ToContainTextAsync("0 учащихся");
        await page.GetByRole(AriaRole.Link, new() { Name = "Изменить класс" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Удалить класс" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Класс 9Я удалён.");
        await Assertions.Expect(page.Locator("#classes tbody tr", new() { HasText = "9Я" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#classes")).ToContainTextAsync("5А");
        await page.Context.CloseAsync();
    }
}
