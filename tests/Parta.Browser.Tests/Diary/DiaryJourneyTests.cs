using Microsoft.Playwright;

namespace Parta.Browser.Tests.Diary;

/// <summary>
/// On a 360 px phone the demo parent (Кузнецова, mother of Анна in 5А and Иван in 7Б) opens the diary from the menu,
/// sees the week of her first child, switches to the other child in one tap, opens the marks by subject and reads the
/// rule of the period mark; nothing scrolls sideways.
/// </summary>
public sealed class DiaryJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Parent_OnAPhone_OpensTheWeek_SwitchesChild_AndReadsTheMarksRule()
    {
        var page = await app.NewPageAsync(360, 740);
        await BrowserApp.SignInAsync(page, "parent");
        await page.GetByRole(AriaRole.Button, new() { Name = "Показать меню" }).ClickAsync();
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Основная навигация" })
            .GetByRole(AriaRole.Link, new() { Name = "Дневник", Exact = true }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Дневник");
        var children = page.GetByRole(AriaRole.Navigation, new() { Name = "Дети" }).GetByRole(AriaRole.Link);
        await Assertions.Expect(children).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator(".diary-day").First).ToBeVisibleAsync();
        await AssertNoSidewaysScrollAsync(page);
        await BrowserApp.ScreenshotAsync(page, "diary-week-phone");

        var otherName = (await page.Locator(".diary-children a:not([aria-current])").First.InnerTextAsync()).Split('\n')[0].Trim();
        await page.Locator(".diary-children a:not([aria-current])").First.ClickAsync();
        await Assertions.Expect(page.Locator(".diary-who")).ToContainTextAsync(otherName);
        Assert.Contains("studentId=", page.Url, StringComparison.Ordinal);
        await AssertNoSidewaysScrollAsync(page);
        await BrowserApp.ScreenshotAsync(page, "diary-week-other-child-phone");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Разделы дневника" }).GetByRole(AriaRole.Link, new() { Name = "Отметки" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Отметки по предметам");
        await Assertions.Expect(page.Locator(".diary-who")).ToContainTextAsync(otherName);
        await Assertions.Expect(page.Locator(".diary-rule")).ToContainTextAsync("«5» — средний балл от 4,5");
        await Assertions.Expect(page.Locator(".diary-suggestion").First).ToContainTextAsync("Если период закончится сейчас");
        await AssertNoSidewaysScrollAsync(page);
        await BrowserApp.ScreenshotAsync(page, "diary-marks-phone");
        BrowserApp.AssertNoConsoleErrors(page);
        await page.Context.CloseAsync();
    }

    private static async Task AssertNoSidewaysScrollAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the page is {overflow}px wider than a 360px phone");
    }
}
