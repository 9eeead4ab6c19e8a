using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Parta.Browser.Tests.Admin;

namespace Parta.Browser.Tests.Account;

/// <summary>
/// A person's own account: the first sign-in with a one-time password, a change of password, the login history.
/// Each journey signs in as the coordinator of a school of its own, so the demo people keep their passwords.
/// </summary>
public sealed class AccountJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Coordinator_FirstSignInWithOneTimePassword_MustChooseOwnPasswordBeforeAnythingElse()
    {
        var coordinator = await NewSchool.WithCoordinatorAsync(app, "СШ № 12 Ольховка", "Ольховская", "Дарья");
        var page = await app.NewPageAsync();

        await BrowserApp.SignInAsync(page, coordinator.Login, coordinator.OneTimePassword);

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Account/ChangePassword"));
        await Assertions.Expect(page.GetByText("Вы вошли с одноразовым паролем. Задайте свой пароль, чтобы продолжить работу.")).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, "account-forced-change");
        await page.GotoAsync("/People/Staff");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Account/ChangePassword\\?returnUrl=%2FPeople%2FStaff$"));

        await page.GetByLabel("Текущий пароль").FillAsync(coordinator.OneTimePassword);
        await page.GetByLabel("Новый пароль", new() { Exact = true }).FillAsync("ольха растёт у реки");
        await page.GetByLabel("Новый пароль ещё раз").FillAsync("ольха растёт у речки");
        await page.GetByRole(AriaRole.Button, new() { Name = "Сменить пароль" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Пароли не совпадают.")).ToBeVisibleAsync();

        await page.GetByLabel("Текущий пароль").FillAsync(coordinator.OneTimePassword);
        await page.GetByLabel("Новый пароль", new() { Exact = true }).FillAsync("ольха растёт у реки");
        await page.GetByLabel("Новый пароль ещё раз").FillAsync("ольха растёт у реки");
        await page.GetByRole(AriaRole.Button, new() { Name = "Сменить пароль" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Сотрудники");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Пароль изменён."); // said where the user lands, not later elsewhere
        await Assertions.Expect(page.Locator("table tbody tr", new() { HasText = "Ольховская Дарья" })).ToContainTextAsync("заместитель директора");

        await page.GetByRole(AriaRole.Button, new() { Name = "Выйти" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Вход в Parta" })).ToBeVisibleAsync();
        await BrowserApp.SignInAsync(page, coordinator.Login, "ольха растёт у реки");
        await Assertions.Expect(page).ToHaveURLAsync(app.BaseUrl.TrimEnd('/') + "/");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Coordinator_ChangesPassword_OldOneNoLongerOpensTheSiteNewOneDoes()
    {
        var coordinator = await NewSchool.WithCoordinatorAsync(app, "Гимназия Калиновка", "Калинина", "Вера");
        var page = await app.NewPageAsync();
        await NewSchool.SignInFirstTimeAsync(page, coordinator, "калина красная в саду");

        await page.GetByRole(AriaRole.Link, new() { Name = "Калинина Вера" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Учётная запись");
        await page.GetByRole(AriaRole.Link, new() { Name = "Сменить пароль" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Вы вошли с одноразовым паролем")).ToHaveCountAsync(0);
        await page.GetByLabel("Текущий пароль").FillAsync("совсем не тот пароль");
        await page.GetByLabel("Новый пароль", new() { Exact = true }).FillAsync("калина белая у дома");
        await page.GetByLabel("Новый пароль ещё раз").FillAsync("калина белая у дома");
        await page.GetByRole(AriaRole.Button, new() { Name = "Сменить пароль" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Неверный текущий пароль.")).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, "account-change-password-wrong-current");

        await page.GetByLabel("Текущий пароль").FillAsync("калина красная в саду");
        await page.GetByLabel("Новый пароль", new() { Exact = true }).FillAsync("калина белая у дома");
        await page.GetByLabel("Новый пароль ещё раз").FillAsync("калина белая у дома");
        await page.GetByRole(AriaRole.Button, new() { Name = "Сменить пароль" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Пароль изменён.");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Account$"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Выйти" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Вход в Parta" })).ToBeVisibleAsync();
        await BrowserApp.SignInAsync(page, coordinator.Login, "калина красная в саду");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Неверный логин или пароль.");
        await BrowserApp.SignInAsync(page, coordinator.Login, "калина белая у дома");
        await Assertions.Expect(page).ToHaveURLAsync(app.BaseUrl.TrimEnd('/') + "/");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Coordinator_OpensTheAccount_SeesTheSchoolRoleAndTheSignInsNewestFirst()
    {
        var coordinator = await NewSchool.WithCoordinatorAsync(app, "Лицей Рябиновка", "Рябинина", "Ксения");
        var page = await app.NewPageAsync();
        await NewSchool.SignInFirstTimeAsync(page, coordinator, "рябина горит у окна");
        await page.GetByRole(AriaRole.Button, new() { Name = "Выйти" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Вход в Parta" })).ToBeVisibleAsync();
        await BrowserApp.SignInAsync(page, coordinator.Login, "рябина не горит");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Неверный логин или пароль.");
        await BrowserApp.SignInAsync(page, coordinator.Login, "рябина горит у окна");

        await page.GetByRole(AriaRole.Link, new() { Name = "Рябинина Ксения" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Учётная запись");
        var about = page.Locator("main dl");
        await Assertions.Expect(about).ToContainTextAsync("Рябинина Ксения");
        await Assertions.Expect(about).ToContainTextAsync(coordinator.Login);
        await Assertions.Expect(about).ToContainTextAsync("Лицей Рябиновка: координатор");
        var history = page.Locator("main table tbody tr");
        await Assertions.Expect(history.Nth(0)).ToContainTextAsync("Вход выполнен");
        await Assertions.Expect(history.Nth(0)).ToContainTextAsync("сайт");
        await Assertions.Expect(history.Nth(1)).ToContainTextAsync("Неверный пароль");
        await Assertions.Expect(history.Nth(2)).ToContainTextAsync("Выход");
        await BrowserApp.ScreenshotAsync(page, "account-login-history");
        await page.Context.CloseAsync();
    }
}
