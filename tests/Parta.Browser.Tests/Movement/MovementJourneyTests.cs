using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Parta.Browser.Tests.Movement;

/// <summary>The coordinator keeps the movement book, as they would do it.</summary>
public sealed partial class MovementJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Coordinator_AdmitsAndTransfersAStudent_SeesBothInTheBookAndTheClassLists()
    {
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, "coordinator");
        await page.GetByRole(AriaRole.Link, new() { Name = "Книга движения", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Новая запись" }).ClickAsync();

        await page.GetByLabel("Событие").SelectOptionAsync(new SelectOptionValue { Label = "Прибытие" });
        await page.GetByLabel("Класс").SelectOptionAsync(new SelectOptionValue { Label = "3А" });
        await page.GetByLabel("Фамилия").FillAsync("Журавлёва");
        await page.GetByLabel("Имя", new() { Exact = true }).FillAsync("Ева");
        await page.GetByLabel("Отчество").FillAsync("Андреевна");
        await page.GetByLabel("Дата рождения").FillAsync("2017-05-20");
        await page.GetByLabel("Дата события").FillAsync("2026-11-02");
        await page.GetByLabel("Номер приказа").FillAsync("140-у");
        await page.GetByLabel("Дата приказа").FillAsync("2026-11-02");
        await page.GetByRole(AriaRole.Button, new() { Name = "Внести запись" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Запись внесена");

        await page.GotoAsync("/Movement/Record");
        await page.GetByLabel("Событие").SelectOptionAsync(new SelectOptionValue { Label = "Перевод в другой класс" });
        await page.GetByLabel("Класс").SelectOptionAsync(new SelectOptionValue { Label = "3Б" });
        await page.GetByLabel("Учащийся").FillAsync("журавл");
        await page.GetByRole(AriaRole.Button, new() { Name = "Журавлёва Ева Андреевна, 3А, 20.05.2017" }).ClickAsync();
        await page.GetByLabel("Дата события").FillAsync("2026-11-16");
        await page.GetByLabel("Номер приказа").FillAsync("152-у");
        await page.GetByLabel("Дата приказа").FillAsync("2026-11-13");
        await page.GetByRole(AriaRole.Button, new() { Name = "Внести запись" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Запись внесена");

        await page.GotoAsync("/Movement?from=2026-11-01&to=2026-11-30");
        var rows = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Журавлёва Ева Андреевна" });
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        await Assertions.Expect(rows.Nth(0)).ToContainTextAsync("№ 140-у от 02.11.2026");
        await Assertions.Expect(rows.Nth(1)).ToContainTextAsync("Перевод в другой класс");
        await BrowserApp.ScreenshotAsync(page, "movement-book");

        await page.GetByRole(AriaRole.Link, new() { Name = "Список класса на дату" }).ClickAsync();
        await page.GetByLabel("Класс").SelectOptionAsync(new SelectOptionValue { Label = "3А" });
        await page.GetByLabel("Дата").FillAsync("2026-11-15");
        await page.GetByRole(AriaRole.Button, new() { Name = "Показать" }).ClickAsync();
        await Assertions.Expect(page.Locator("ol.class-list")).ToContainTextAsync("Журавлёва Ева Андреевна");

        await page.GetByLabel("Дата").FillAsync("2026-11-16");
        await page.GetByRole(AriaRole.Button, new() { Name = "Показать" }).ClickAsync();
        await Assertions.Expect(page.Locator("ol.class-list")).Not.ToContainTextAsync("Журавлёва");
        await page.GetByLabel("Класс").SelectOptionAsync(new SelectOptionValue { Label = "3Б" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Показать" }).ClickAsync();
        await Assertions.Expect(page.Locator("ol.class-list")).ToContainTextAsync("Журавлёва Ева Андреевна");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(DateHeading());
        await BrowserApp.ScreenshotAsync(page, "movement-class-list");
        await page.Context.CloseAsync();
    }

    [GeneratedRegex("Список 3Б класса на 16.11.2026")]
    private static partial Regex DateHeading();
}
