using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Parta.Browser.Tests.Admin;

/// <summary>The system administrator brings a new school into the system and gives it its coordinator.</summary>
public sealed class SchoolsJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Admin_AddsASchoolEditsItAndAppointsItsCoordinator_SeesTheOneTimePassword()
    {
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, "admin");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Основная навигация" })
            .GetByRole(AriaRole.Link, new() { Name = "Школы", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Школы");
        await page.GetByRole(AriaRole.Link, new() { Name = "Добавить школу" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Новая школа");
        await page.GetByLabel("Полное название").FillAsync("Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 47 села Берёзовка»");
        await page.GetByLabel("Краткое название").FillAsync("СШ № 47 Берёзовка");
        await page.GetByLabel("Адрес").FillAsync("село Берёзовка, улица Школьная, 3");
        await page.GetByLabel("Муниципалитет").FillAsync("Берёзовский муниципальный округ");
        await page.GetByLabel("Часовой пояс").SelectOptionAsync("Asia/Yekaterinburg");
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Школа «СШ № 47 Берёзовка» добавлена.");
        var row = page.Locator("tbody tr", new() { HasText = "СШ № 47 Берёзовка" });
        await Assertions.Expect(row).ToContainTextAsync("Берёзовский муниципальный округ");
        await Assertions.Expect(row).ToContainTextAsync("Екатеринбург (UTC+5)");

        await row.GetByRole(AriaRole.Link, new() { Name = "СШ № 47 Берёзовка" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Сведения о школе");
        await Assertions.Expect(page.GetByLabel("Адрес")).ToHaveValueAsync("село Берёзовка, улица Школьная, 3");
        await Assertions.Expect(page.GetByLabel("Часовой пояс")).ToHaveValueAsync("Asia/Yekaterinburg");
        await page.GetByLabel("Адрес").FillAsync("село Берёзовка, улица Школьная, 5");
        await page.GetByLabel("Приказ по движению можно подписать позже").FillAsync("14");
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Изменения сохранены.");

        await page.ReloadAsync();
        await row.GetByRole(AriaRole.Link, new() { Name = "СШ № 47 Берёзовка" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Адрес")).ToHaveValueAsync("село Берёзовка, улица Школьная, 5");
        await Assertions.Expect(page.GetByLabel("Приказ по движению можно подписать позже")).ToHaveValueAsync("14");
        await BrowserApp.ScreenshotAsync(page, "admin-school-edit");

        await page.GetByRole(AriaRole.Link, new() { Name = "Отмена" }).ClickAsync();
        await row.GetByRole(AriaRole.Link, new() { Name = "Назначить координатора" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Координатор школы: СШ № 47 Берёзовка");
        await Assertions.Expect(page.GetByLabel("Должность")).ToHaveValueAsync("заместитель директора");
        await page.GetByRole(AriaRole.Button, new() { Name = "Назначить" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Заполните поле «Фамилия».")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Заполните поле «Имя».")).ToBeVisibleAsync();
        await BrowserApp.AssertAccessibleAsync(page);

        await page.GetByLabel("Фамилия").FillAsync("Подберёзова");
        await page.GetByLabel("Имя", new() { Exact = true }).FillAsync("Алёна");
        await page.GetByLabel("Отчество").FillAsync("Викторовна");
        await page.GetByRole(AriaRole.Button, new() { Name = "Назначить" }).ClickAsync();

        var appointed = page.GetByRole(AriaRole.Status);
        await Assertions.Expect(appointed).ToContainTextAsync("Координатор назначен: Подберёзова Алёна Викторовна.");
        await Assertions.Expect(page.Locator(".coordinator-login")).ToHaveTextAsync(new Regex("^podber"));
        await Assertions.Expect(page.Locator(".coordinator-password")).ToHaveTextAsync(new Regex("^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$"));
        await Assertions.Expect(appointed).ToContainTextAsync("Пароль показан один раз");
        await BrowserApp.ScreenshotAsync(page, "admin-school-coordinator-appointed");

        await page.GetByRole(AriaRole.Link, new() { Name = "К списку школ" }).ClickAsync();
        await Assertions.Expect(page.Locator("tbody tr", new() { HasText = "СШ № 47 Берёзовка" }).Locator("td").Nth(3)).ToHaveTextAsync("1");
        await page.Context.CloseAsync();
    }
}
