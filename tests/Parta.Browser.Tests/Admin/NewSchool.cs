using Microsoft.Playwright;

namespace Parta.Browser.Tests.Admin;

/// <summary>
/// A school of a journey's own, set up as the system administrator does it on the Schools pages: the school, then its
/// coordinator with a one-time password. A fresh account whose password a journey may change without touching the demo
/// people other journeys sign in as.
/// </summary>
internal static class NewSchool
{
    public sealed record Coordinator(string Login, string OneTimePassword);

    public static async Task<Coordinator> WithCoordinatorAsync(BrowserApp app, string shortName, string lastName, string firstName)
    {
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, "admin");
        await page.GotoAsync("/Admin/Schools/Edit");
        await page.GetByLabel("Полное название").FillAsync($"Муниципальное бюджетное общеобразовательное учреждение «{shortName}»");
        await page.GetByLabel("Краткое название").FillAsync(shortName);
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Школа «{shortName}» добавлена.");

        await page.Locator("tbody tr", new() { HasText = shortName })
            .GetByRole(AriaRole.Link, new() { Name = "Назначить координатора" }).ClickAsync();
        await page.GetByLabel("Фамилия").FillAsync(lastName);
        await page.GetByLabel("Имя", new() { Exact = true }).FillAsync(firstName);
        await page.GetByRole(AriaRole.Button, new() { Name = "Назначить" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Координатор назначен");

        var login = (await page.Locator(".coordinator-login").TextContentAsync())!.Trim();
        var password = (await page.Locator(".coordinator-password").TextContentAsync())!.Trim();
        await page.Context.CloseAsync();
        return new Coordinator(login, password);
    }

    /// <summary>The coordinator's first sign-in: the one-time password, then a password of their own, as the site demands.</summary>
    public static async Task SignInFirstTimeAsync(IPage page, Coordinator coordinator, string newPassword)
    {
        await BrowserApp.SignInAsync(page, coordinator.Login, coordinator.OneTimePassword);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Смена пароля" })).ToBeVisibleAsync();
        await page.GetByLabel("Текущий пароль").FillAsync(coordinator.OneTimePassword);
        await page.GetByLabel("Новый пароль", new() { Exact = true }).FillAsync(newPassword);
        await page.GetByLabel("Новый пароль ещё раз").FillAsync(newPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Сменить пароль" }).ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/ChangePassword"));
    }
}
