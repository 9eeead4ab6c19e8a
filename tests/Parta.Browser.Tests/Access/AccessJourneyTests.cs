using Microsoft.Playwright;

namespace Parta.Browser.Tests.Access;

/// <summary>The coordinator's access work, as they would do it: rights of a role, and a class's parents' access letters.</summary>
public sealed class AccessJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Coordinator_GivesTeachersTheMovementBook_TheRightStaysSaved()
    {
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, "coordinator");
        await BrowserApp.OpenMenuAsync(page, "Люди", "Права доступа");

        var cell = page.GetByLabel("Учитель: Просмотр книги движения", new() { Exact = true });
        await Assertions.Expect(cell).Not.ToBeCheckedAsync();
        await cell.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить права" }).ClickAsync();
        // The form posts and redirects; reload only once the saved page has arrived.
        await Assertions.Expect(page.GetByText("Права сохранены и уже действуют.")).ToBeVisibleAsync();

        await page.ReloadAsync();
        await Assertions.Expect(page.GetByLabel("Учитель: Просмотр книги движения", new() { Exact = true })).ToBeCheckedAsync();
        await BrowserApp.ScreenshotAsync(page, "access-rights");

        // Put it back: other journeys see the demo school's defaults.
        await page.GetByLabel("Учитель: Просмотр книги движения", new() { Exact = true }).UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить права" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Права сохранены и уже действуют.")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Coordinator_CreatesLoginsForParentsOf7V_GetsTheirAccessLettersAsPdf()
    {
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, "coordinator");
        await BrowserApp.OpenMenuAsync(page, "Люди", "Учётные записи");
        // Labels carry the year when the school has several (another journey promotes a class into the next year).
        var option = page.Locator("#filter-class option", new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^7В") }).First;
        await page.GetByLabel("Класс", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Value = await option.GetAttributeAsync("value") });
        await page.GetByRole(AriaRole.Button, new() { Name = "Показать" }).ClickAsync();

        await page.GetByLabel("учащимся").UncheckAsync();
        await page.GetByLabel("родителям").CheckAsync();
        var staff = page.GetByLabel("сотрудникам", new() { Exact = false });
        if (await staff.IsCheckedAsync())
        {
            await staff.UncheckAsync();
        }

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Button, new() { Name = "Создать и напечатать письма" }).ClickAsync());

        Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.OrdinalIgnoreCase);
        var path = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.True(bytes.Length > 1000 && bytes[0] == (byte)'%' && bytes[1] == (byte)'P', "a PDF is downloaded");
        await page.Context.CloseAsync();
    }
}
