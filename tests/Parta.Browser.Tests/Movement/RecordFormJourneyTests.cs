using Microsoft.Playwright;

namespace Parta.Browser.Tests.Movement;

/// <summary>
/// The record form shows only what the chosen event needs, and the student is found by typing a few letters. The
/// journey admits its own student (a surname no demo student has) and then records their withdrawal.
/// </summary>
public sealed class RecordFormJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Coordinator_FindsAStudentByAFewLetters_RecordsAWithdrawalWithOnlyItsFields_SeesItInTheBook()
    {
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, "coordinator");
        await page.GotoAsync("/Movement/Record");
        await page.GetByLabel("Событие").SelectOptionAsync(new SelectOptionValue { Label = "Прибытие" });
        await Assertions.Expect(page.GetByLabel("Откуда прибыл", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Причина выбытия")).ToBeHiddenAsync();
        await page.GetByLabel("Класс").SelectOptionAsync(new SelectOptionValue { Label = "3А" });
        await page.GetByLabel("Фамилия").FillAsync("Щегловитова");
        await page.GetByLabel("Имя", new() { Exact = true }).FillAsync("Алиса");
        await page.GetByLabel("Отчество").FillAsync("Марковна");
        await page.GetByLabel("Дата рождения").FillAsync("2017-09-08");
        await page.GetByLabel("Дата события").FillAsync("2026-11-03");
        await page.GetByLabel("Номер приказа").FillAsync("7731-у");
        await page.GetByLabel("Дата приказа").FillAsync("2026-11-03");
        await page.GetByLabel("Откуда прибыл", new() { Exact = true }).FillAsync("МБОУ СОШ № 2 г. Калуги");
        await page.GetByRole(AriaRole.Button, new() { Name = "Внести запись" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Запись внесена в книгу движения.");

        await page.GotoAsync("/Movement/Record");
        await page.GetByLabel("Учащийся").PressSequentiallyAsync("щегл");
        var match = page.GetByRole(AriaRole.Button, new() { Name = "Щегловитова Алиса Марковна, 3А, 08.09.2017" });
        await Assertions.Expect(match).ToBeVisibleAsync();
        await page.GetByLabel("Учащийся").PressAsync("ArrowDown");
        await Assertions.Expect(match).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#student-chosen-title")).ToHaveTextAsync("Щегловитова Алиса Марковна, 3А, 08.09.2017");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Выбрать другого учащегося" })).ToBeFocusedAsync();
        await Assertions.Expect(page.GetByLabel("Фамилия")).ToBeHiddenAsync();

        await page.GetByLabel("Событие").SelectOptionAsync(new SelectOptionValue { Label = "Выбытие" });

        await Assertions.Expect(page.GetByLabel("Класс")).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByLabel("Академическая задолженность")).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByLabel("Причина выбытия")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Куда выбыл", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Основание")).ToBeVisibleAsync();
        await BrowserApp.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "movement-record-withdrawal");
        await page.GetByLabel("Причина выбытия").SelectOptionAsync(new SelectOptionValue { Label = "переезд" });
        await page.GetByLabel("Куда выбыл", new() { Exact = true }).FillAsync("МБОУ СОШ № 5 г. Тулы");
        await page.GetByLabel("Дата события").FillAsync("2026-11-17");
        await page.GetByLabel("Номер приказа").FillAsync("7732-у");
        await page.GetByLabel("Дата приказа").FillAsync("2026-11-16");
        await page.GetByRole(AriaRole.Button, new() { Name = "Внести запись" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Запись внесена в книгу движения.");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Щегловитова Алиса Марковна" });
        await Assertions.Expect(row).ToContainTextAsync("Выбытие");
        await Assertions.Expect(row).ToContainTextAsync("переезд");
        await Assertions.Expect(row).ToContainTextAsync("МБОУ СОШ № 5 г. Тулы");
        await Assertions.Expect(page.GetByRole(AriaRole.Rowheader, new() { Name = "Ноябрь 2026" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
