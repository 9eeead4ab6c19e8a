using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace Parta.Browser.Tests;

/// <summary>Signing in as each person of the demo school, as they would do it.</summary>
public sealed class SignInJourneyTests(BrowserApp app)
{
    public static TheoryData<string, string[], string[], string> Roles => new()
    {
        { "admin", ["Главная", "Школы"], ["Права доступа", "История изменений", "API"], "Школ в системе" },
        { "coordinator", ["Главная", "Права доступа", "История изменений"], ["Школы", "API"], "Учащихся" },
        { "director", ["Главная", "История изменений"], ["Школы", "Права доступа", "API"], "Классов" },
        { "teacher", ["Главная"], ["Школы", "Права доступа", "История изменений", "API"], "Мой класс: 5А" },
        { "parent", ["Главная"], ["Школы", "Права доступа", "История изменений", "API"], "Кузнецова Анна Дмитриевна, 5А класс" },
        { "student", ["Главная"], ["Школы", "Права доступа", "История изменений", "API"], "Кузнецова Анна Дмитриевна, 5А класс" },
    };

    [Theory, MemberData(nameof(Roles))]
    public async Task SignIn_DemoRole_SeesItsOwnNavigation(string login, string[] shown, string[] hidden, string onHome)
    {
        var page = await app.NewPageAsync();

        await BrowserApp.SignInAsync(page, login);

        await Assertions.Expect(page).ToHaveURLAsync(app.BaseUrl.TrimEnd('/') + "/");
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Основная навигация" });
        foreach (var item in shown)
        {
            // Entries of a drop-down menu are in the page but hidden until the menu opens.
            await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = item, Exact = true, IncludeHidden = true })).ToHaveCountAsync(1);
        }

        foreach (var item in hidden)
        {
            await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = item, Exact = true, IncludeHidden = true })).ToHaveCountAsync(0);
        }

        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(onHome);
        await Assertions.Expect(page.Locator(".demo-banner")).ToContainTextAsync("Демонстрационные данные");
        await BrowserApp.ScreenshotAsync(page, $"home-{login}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SignIn_WrongPassword_ShowsRussianErrorAndKeepsLogin()
    {
        var page = await app.NewPageAsync();

        await BrowserApp.SignInAsync(page, "director", "совсем не тот пароль");

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Неверный логин или пароль.");
        await Assertions.Expect(page.GetByLabel("Логин")).ToHaveValueAsync("director");
        await BrowserApp.ScreenshotAsync(page, "sign-in-wrong-password");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SignOut_FromTheHeader_ReturnsToSignInAndHomeIsClosed()
    {
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, "coordinator");

        await page.GetByRole(AriaRole.Button, new() { Name = "Выйти" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Вход в Parta" })).ToBeVisibleAsync();
        await page.GotoAsync("/");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Phone_360px_MenuOpensAndNothingScrollsSideways()
    {
        var page = await app.NewPageAsync(360, 740);
        await BrowserApp.SignInAsync(page, "parent");

        var toggler = page.GetByRole(AriaRole.Button, new() { Name = "Показать меню" });
        await Assertions.Expect(toggler).ToBeVisibleAsync();
        await toggler.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Выйти" })).ToBeVisibleAsync();
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");

        Assert.True(overflow <= 0, $"the page is {overflow}px wider than a 360px phone");
        await BrowserApp.ScreenshotAsync(page, "home-parent-phone");
        await page.Context.CloseAsync();
    }
}
