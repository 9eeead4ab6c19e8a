using Microsoft.Playwright;

namespace Parta.Browser.Tests.People;

/// <summary>Who opened a student's personal data (152-ФЗ): the director looks at a card, the coordinator sees it in the log.</summary>
public sealed class AccessLogJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task DirectorOpensAnnasCard_CoordinatorSeesTheViewInTheAccessLog()
    {
        var director = await app.NewPageAsync();
        await BrowserApp.SignInAsync(director, "director");
        await director.GotoAsync("/People/Students?q=" + Uri.EscapeDataString("кузнецова анна"));
        await director.GetByRole(AriaRole.Link, new() { Name = "Кузнецова Анна Дмитриевна", Exact = true }).ClickAsync();
        await Assertions.Expect(director.GetByRole(AriaRole.Heading, new() { Name = "Кузнецова Анна Дмитриевна", Level = 1 })).ToBeVisibleAsync();
        await director.Context.CloseAsync();

        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, "coordinator");
        await BrowserApp.OpenMenuAsync(page, "Люди", "Учащиеся");
        await page.GetByLabel("Фамилия, имя или отчество").FillAsync("кузнецова анна");
        await page.GetByRole(AriaRole.Button, new() { Name = "Найти" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Кузнецова Анна Дмитриевна", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Журнал просмотров" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Журнал просмотров: Кузнецова Анна Дмитриевна");
        var views = page.Locator("table.access-log tbody tr");
        // Other journeys open Anna's card too (in parallel classes): look for the views, not for their places.
        var coordinatorsView = views.Filter(new() { HasText = "Соколова Елена Викторовна" }).First;
        await Assertions.Expect(coordinatorsView).ToContainTextAsync("Карточка учащегося");
        var directorsView = views.Filter(new() { HasText = "Васильев Андрей Николаевич" }).First;
        await Assertions.Expect(directorsView).ToContainTextAsync("Карточка учащегося");
        await Assertions.Expect(directorsView).Not.ToContainTextAsync("UTC");
        await BrowserApp.ScreenshotAsync(page, "people-access-log");
        await BrowserApp.AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Карточка" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Кузнецова Анна Дмитриевна", Level = 1 })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
