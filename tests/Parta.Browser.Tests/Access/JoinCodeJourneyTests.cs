using Microsoft.Playwright;
using Parta.Browser.Tests.Admin;

namespace Parta.Browser.Tests.Access;

/// <summary>
/// A teacher who works in two schools keeps one login: school «Берёзовка» makes a join code for her staff card, and she,
/// the coordinator of «Липовка», enters it on her account page, then switches between the two. Two schools of the
/// journey's own, so no demo person gains a second school.
/// </summary>
public sealed class JoinCodeJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task TeacherOfTwoSchools_EntersTheCodeOfTheSecond_AndSwitchesBetweenThem()
    {
        var berezovka = await NewSchool.WithCoordinatorAsync(app, "СШ Берёзовка", "Берёзкина", "Нина");
        var lipovka = await NewSchool.WithCoordinatorAsync(app, "СШ Липовка", "Липатова", "Вера");

        var page = await app.NewPageAsync();
        await NewSchool.SignInFirstTimeAsync(page, berezovka, "берёзы у старой дороги");
        await BrowserApp.OpenMenuAsync(page, "Люди", "Сотрудники");
        await page.GetByRole(AriaRole.Link, new() { Name = "Добавить сотрудника" }).ClickAsync();
        await page.GetByLabel("Фамилия").FillAsync("Липатова");
        await page.GetByLabel("Имя", new() { Exact = true }).FillAsync("Вера");
        await page.GetByLabel("учитель", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Карточка сотрудника сохранена.");
        await BrowserApp.OpenMenuAsync(page, "Люди", "Учётные записи");
        await page.GetByRole(AriaRole.Button, new() { Name = "Код для своего логина: Липатова Вера" }).ClickAsync();
        var issued = page.Locator(".join-code");
        await Assertions.Expect(issued).ToContainTextAsync("Код присоединения для «Липатова Вера»");
        var code = (await issued.Locator("strong").TextContentAsync())!.Trim();
        await BrowserApp.ScreenshotAsync(page, "access-join-code-issued");
        await page.Context.CloseAsync();

        page = await app.NewPageAsync();
        await NewSchool.SignInFirstTimeAsync(page, lipovka, "липы цветут в июле");
        await page.GotoAsync("/Account");
        await page.GetByLabel("Код присоединения").FillAsync("aaaa-bbbb-cccc");
        await page.GetByRole(AriaRole.Button, new() { Name = "Присоединиться" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-valmsg-for=Code]")).ToContainTextAsync("Код не подходит");
        await page.GetByLabel("Код присоединения").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Присоединиться" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Вы присоединились к школе «СШ Берёзовка» (учитель).");
        await Assertions.Expect(page.Locator("dl")).ToContainTextAsync("СШ Берёзовка: учитель");
        await Assertions.Expect(page.Locator("dl")).ToContainTextAsync("СШ Липовка: координатор");
        await BrowserApp.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "account-joined-second-school");

        await page.GetByRole(AriaRole.Link, new() { Name = "Сменить школу" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Муниципальное бюджетное общеобразовательное учреждение «СШ Берёзовка»" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Banner)).ToContainTextAsync("СШ Берёзовка");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Здравствуйте");
        await page.Context.CloseAsync();
    }
}
