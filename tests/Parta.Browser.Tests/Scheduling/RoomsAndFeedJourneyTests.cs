using Microsoft.Playwright;

namespace Parta.Browser.Tests.Scheduling;

/// <summary>The deputy director adds a room and sees a taken name refused; a teacher subscribes to her lessons' calendar and revokes it.</summary>
public sealed class RoomsAndFeedJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task DeputyDirector_AddsARoom_ATakenNameIsRefusedInRussian()
    {
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, "zavuch");
        await BrowserApp.OpenMenuAsync(page, "Расписание", "Кабинеты");
        var name = "Лаборатория " + Guid.NewGuid().ToString("N")[..6];
        await page.GetByLabel("Название или номер").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Добавить" }).First.ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(name);

        await page.GetByLabel("Название или номер").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Добавить" }).First.ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("уже есть");
        await BrowserApp.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "rooms-taken-name");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Teacher_CreatesACalendarLink_AndRevokesIt()
    {
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, "teacher");
        await page.GotoAsync("/Scheduling/Calendar");
        await page.GetByRole(AriaRole.Button, new() { Name = "Создать ссылку" }).First.ClickAsync();
        var address = page.GetByLabel("Адрес календаря");
        await Assertions.Expect(address).ToBeVisibleAsync();
        var url = System.Text.RegularExpressions.Regex.Match(await address.InputValueAsync(), @"/calendar/[A-Za-z0-9_-]+\.ics").Value;
        Assert.NotEmpty(url);
        var feed = await page.APIRequest.GetAsync(url);
        Assert.Equal(200, feed.Status);
        Assert.StartsWith("BEGIN:VCALENDAR", await feed.TextAsync(), StringComparison.Ordinal);
        await BrowserApp.AssertAccessibleAsync(page);

        page.Dialog += async (_, dialog) => await dialog.AcceptAsync(); // «Отозвать ссылку?»
        await page.GetByRole(AriaRole.Button, new() { Name = "Отозвать" }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Отозвать" })).ToHaveCountAsync(0);
        Assert.Equal(404, (await page.APIRequest.GetAsync(url)).Status);
        await page.Context.CloseAsync();
    }
}
