using System.Text;
using Microsoft.Playwright;

namespace Parta.Browser.Tests.Importing;

/// <summary>The coordinator imports students from a spreadsheet, as they would do it.</summary>
public sealed class ImportJourneyTests(BrowserApp app)
{
    private const string Header =
        "ФИО;Дата рождения;Пол;Номер личного дела;Класс;Адрес;Телефон;" +
        "Родитель 1: ФИО;Родитель 1: кем приходится;Родитель 1: телефон;Родитель 1: email;" +
        "Родитель 2: ФИО;Родитель 2: кем приходится;Родитель 2: телефон;Родитель 2: email";

    [Fact]
    public async Task Coordinator_UploadsFileWithErrorThenFixedFile_AndFindsTheImportedStudent()
    {
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, "coordinator");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Основная навигация" })
            .GetByRole(AriaRole.Link, new() { Name = "Импорт и экспорт" }).ClickAsync();

        await page.GetByLabel("Что загружаем", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Учащиеся и родители" });
        await page.GetByLabel("Файл", new() { Exact = true }).SetInputFilesAsync(Csv("ученики.csv", "31.02.2015"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Проверить" }).ClickAsync();

        var alert = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(alert).ToContainTextAsync("Строка 3, «Дата рождения»: неверная дата «31.02.2015»");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Применить" })).ToHaveCountAsync(0);
        await BrowserApp.ScreenshotAsync(page, "import-errors");
        await BrowserApp.AssertAccessibleAsync(page);

        await page.GetByLabel("Что загружаем", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Учащиеся и родители" });
        await page.GetByLabel("Файл", new() { Exact = true }).SetInputFilesAsync(Csv("ученики-исправленные.csv", "28.02.2015"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Проверить" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Проверка: ошибок нет" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Применить" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Импорт выполнен" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("table.import-lines")).ToContainTextAsync("Журавлёва Вероника Олеговна");
        await BrowserApp.ScreenshotAsync(page, "import-applied");

        // The student is now in the students list too.
        await page.GotoAsync("/People/Students?q=" + Uri.EscapeDataString("Журавлёва"));
        await Assertions.Expect(page.Locator("main table")).ToContainTextAsync("Журавлёва Вероника Олеговна");

        await page.Context.CloseAsync();
    }

    private static FilePayload Csv(string name, string secondBirthDate) => new()
    {
        Name = name,
        MimeType = "text/csv",
        Buffer = Encoding.UTF8.GetBytes(string.Join("\r\n",
            Header,
            "Журавлёва Вероника Олеговна;17.05.2015;ж;Ж-501;5А;;;Журавлёва Светлана Игоревна;мать;+7 900 555-01-01;;;;;",
            $"Журавлёв Роман Олегович;{secondBirthDate};м;Ж-502;5А;;;Журавлёва Светлана Игоревна;мать;+7 900 555-01-01;;;;;") + "\r\n"),
    };
}
