using Microsoft.Playwright;

namespace Parta.Browser.Tests.Home;

/// <summary>Each demo person's first page starts their day's work, at desktop and at phone width.</summary>
public sealed class RoleHomesJourneyTests(BrowserApp app)
{
    public static TheoryData<string, string, string> Homes => new()
    {
        { "teacher", "Моя работа", "Мой класс: 5А" },
        { "director", "Требует внимания", "Движение учащихся" },
        { "coordinator", "Готовность школы", "Требует внимания" },
        { "parent", "Мои дети", "Кузнецова Анна Дмитриевна" },
    };

    [Theory, MemberData(nameof(Homes))]
    public async Task Home_DemoRole_StartsTheirWork_AtDesktopAndPhoneWidth(string login, string firstSection, string alsoShown)
    {
        foreach (var (width, height, name) in new[] { (1280, 800, "desktop"), (390, 844, "phone") })
        {
            var page = await app.NewPageAsync(width, height);
            await BrowserApp.SignInAsync(page, login);

            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = firstSection, Level = 2 }).First).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync(alsoShown);
            // What sticks out to the right, if anything, named so that a failure says where to look.
            var wide = await page.EvaluateAsync<string[]>("""
                () => {
                    const width = document.documentElement.clientWidth;
                    if (document.documentElement.scrollWidth <= width) return [];
                    const found = [...document.querySelectorAll('body *')]
                        .filter(e => e.getBoundingClientRect().right > width + 1)
                        .slice(0, 5)
                        .map(e => `${e.tagName.toLowerCase()}#${e.id}.${[...e.classList].join('.')}: ${(e.textContent || '').trim().slice(0, 60)}`);
                    return found.length > 0 ? found : ['(an element wider than the page)'];
                }
                """);
            Assert.True(wide.Length == 0, $"{login} at {name} width: the page scrolls sideways because of {string.Join(" | ", wide)}");
            await BrowserApp.AssertAccessibleAsync(page);
            await BrowserApp.ScreenshotAsync(page, $"home-{login}-{name}");
            if (name == "phone")
            {
                // The opened menu: «Выйти» (a form's button) lines up with the links above it.
                await page.GetByRole(AriaRole.Button, new() { Name = "Показать меню" }).ClickAsync();
                await Assertions.Expect(page.Locator("#main-nav")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bshow\b"));
                var logout = await page.GetByRole(AriaRole.Button, new() { Name = "Выйти" }).BoundingBoxAsync();
                var home = await page.GetByRole(AriaRole.Navigation, new() { Name = "Основная навигация" })
                    .GetByRole(AriaRole.Link, new() { Name = "Главная" }).BoundingBoxAsync();
                Assert.InRange(Math.Abs(logout!.X - home!.X), 0, 1.5);
                await BrowserApp.ScreenshotAsync(page, $"menu-{login}-phone");
            }

            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Teacher_OpensTheirClassFromHome_SeesTheListWithParents_AndTheSubjects()
    {
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, "teacher");

        await page.GetByRole(AriaRole.Heading, new() { Name = "Мой класс: 5А" }).GetByRole(AriaRole.Link, new() { Name = "5А" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("5А");
        var anna = page.Locator("#class-list tbody tr", new() { HasText = "Кузнецова Анна Дмитриевна" });
        await Assertions.Expect(anna.Locator("td.guardians")).Not.ToBeEmptyAsync();
        await Assertions.Expect(page.Locator("#subjects tbody tr").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Печать" })).ToBeVisibleAsync();
        await BrowserApp.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "class-page-teacher");

        await page.GetByLabel("На дату").FillAsync("2026-09-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Показать" }).ClickAsync();
        await Assertions.Expect(page.Locator("#list-title")).ToContainTextAsync("01.09.2026");
        await anna.GetByRole(AriaRole.Link, new() { Name = "Кузнецова Анна Дмитриевна" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Кузнецова Анна Дмитриевна", Level = 1 })).ToBeVisibleAsync();
        await page.Context.CloseAsync();

        var phone = await app.NewPageAsync(390, 844);
        await BrowserApp.SignInAsync(phone, "director");
        await phone.GotoAsync("/Organisation/Classes");
        await phone.GetByRole(AriaRole.Link, new() { Name = "5А", Exact = true }).ClickAsync();
        await Assertions.Expect(phone.GetByRole(AriaRole.Link, new() { Name = "Изменить класс" })).ToHaveCountAsync(0);
        await Assertions.Expect(phone.Locator("#class-list tbody tr").First).ToBeVisibleAsync();
        await BrowserApp.AssertAccessibleAsync(phone);
        await BrowserApp.ScreenshotAsync(phone, "class-page-director-phone");
        await phone.Context.CloseAsync();
    }
}
