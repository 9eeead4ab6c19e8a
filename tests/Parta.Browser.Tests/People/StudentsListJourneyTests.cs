using Microsoft.Playwright;

namespace Parta.Browser.Tests.People;

/// <summary>The students list on a date: those in the school by default, those who left on request, a page at a time.</summary>
public sealed class StudentsListJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Director_FindsTheStudentWhoLeft_AmongThoseWhoLeft_NotAmongTheCurrent_AndTurnsAPage()
    {
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, "director");
        await BrowserApp.OpenMenuAsync(page, "Люди", "Учащиеся");

        await page.GetByLabel("Фамилия, имя или отчество").FillAsync("романов");
        await page.GetByRole(AriaRole.Button, new() { Name = "Найти" }).ClickAsync();
        await Assertions.Expect(page.Locator("table.students-list")).Not.ToContainTextAsync("Романов Александр Олегович");

        await page.GetByLabel("Кого показать").SelectOptionAsync(new SelectOptionValue { Label = "выбывших" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Найти" }).ClickAsync();
        var leaver = page.Locator("table.students-list tbody tr", new() { HasText = "Романов Александр Олегович" });
        await Assertions.Expect(leaver.Locator(".student-status")).ToContainTextAsync("16.11.2026, приказ №");
        await BrowserApp.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "people-students-left");

        await page.GetByLabel("Фамилия, имя или отчество").FillAsync("");
        await page.GetByLabel("Кого показать").SelectOptionAsync(new SelectOptionValue { Label = "в школе на эту дату" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Найти" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Страница 2" }).ClickAsync();
        await Assertions.Expect(page.Locator("#found")).ToContainTextAsync("(страница 2 из");
        await Assertions.Expect(page.GetByLabel("Кого показать")).ToHaveValueAsync("InSchool");
        await page.Context.CloseAsync();
    }
}
