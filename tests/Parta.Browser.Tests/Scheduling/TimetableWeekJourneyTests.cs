using Microsoft.Playwright;

namespace Parta.Browser.Tests.Scheduling;

/// <summary>A parent opens their children's week of lessons from the menu, at desktop and at phone width.</summary>
public sealed class TimetableWeekJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Parent_OpensTheirChildsWeek_PicksTheOtherChild_AtDesktopAndPhoneWidth()
    {
        foreach (var (width, height, name) in new[] { (1280, 800, "desktop"), (390, 844, "phone") })
        {
            var page = await app.NewPageAsync(width, height);
            await BrowserApp.SignInAsync(page, "parent");
            if (name == "phone")
            {
                await page.GetByRole(AriaRole.Button, new() { Name = "Показать меню" }).ClickAsync();
            }

            await page.GetByRole(AriaRole.Navigation, new() { Name = "Основная навигация" })
                .GetByRole(AriaRole.Link, new() { Name = "Расписание на неделю", Exact = true }).ClickAsync();

            // The demo parent has two children: the week opens on the first, and the parent picks the other.
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Расписание: Кузнецов Иван Дмитриевич");
            await page.GetByLabel("Учащийся").SelectOptionAsync(new SelectOptionValue { Label = "Кузнецова Анна Дмитриевна, 5А" });
            await page.GetByRole(AriaRole.Button, new() { Name = "Показать", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Кузнецова Анна Дмитриевна");
            await Assertions.Expect(page.Locator("#week-range")).ToContainTextAsync("Неделя");
            await Assertions.Expect(page.GetByRole(AriaRole.List, new() { Name = "Обозначения" })).ToContainTextAsync("замена");
            // The demo school may have no timetable yet (or today may be outside its year): then the week says so.
            if (await page.Locator("#week-empty").CountAsync() == 0)
            {
                await Assertions.Expect(name == "phone" ? page.Locator("#week-days") : page.Locator("#week-grid")).ToBeVisibleAsync();
            }
            else
            {
                await Assertions.Expect(page.Locator("#week-empty")).ToHaveTextAsync("На этой неделе уроков нет.");
                await Assertions.Expect(page.Locator("#week-days .timetable-day").First).ToBeVisibleAsync();
            }

            if (name == "phone")
            {
                await Assertions.Expect(page.Locator("#week-grid")).ToBeHiddenAsync();
                var scrollsSideways = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
                Assert.False(scrollsSideways, "The week scrolls sideways at phone width");
            }

            await page.GetByRole(AriaRole.Link, new() { Name = "Следующая неделя →" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Кузнецова Анна Дмитриевна");
            await BrowserApp.AssertAccessibleAsync(page);
            await BrowserApp.ScreenshotAsync(page, $"timetable-week-parent-{name}");
            await page.Context.CloseAsync();
        }
    }
}
