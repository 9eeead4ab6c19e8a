using Microsoft.Playwright;

namespace Parta.Browser.Tests.Journal;

/// <summary>The coordinator changes a work type's weight and adds an attendance code in the journal settings.</summary>
public sealed class JournalSettingsJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Coordinator_ChangesTheWeightOfTheTest_AndAddsAnAttendanceCode()
    {
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, "coordinator");
        // «Журнал» is a drop-down once the section has more than this one entry for the coordinator, a plain link before.
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Основная навигация" });
        var menu = nav.GetByRole(AriaRole.Button, new() { Name = "Журнал", Exact = true });
        if (await menu.CountAsync() > 0)
        {
            await menu.ClickAsync();
        }

        await nav.GetByRole(AriaRole.Link, new() { Name = "Настройки журнала", Exact = true }).ClickAsync();
        var control = page.Locator("#work-types tbody tr", new() { HasText = "Контрольная работа" });
        await Assertions.Expect(control.Locator("td").Nth(2)).ToHaveTextAsync("3");

        await control.GetByRole(AriaRole.Link, new() { Name = "Контрольная работа" }).ClickAsync();
        await Assertions.Expect(page.Locator("#work-type-form")).ToContainTextAsync("меняет средний балл");
        await page.GetByLabel("Вес", new() { Exact = true }).FillAsync("4");
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Вид работы «Контрольная работа» сохранён, вес 4.");
        await Assertions.Expect(control.Locator("td").Nth(2)).ToHaveTextAsync("4");
        await BrowserApp.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "journal-settings-weight");

        // The demo school's weight back as it was, for the journeys that read averages.
        await control.GetByRole(AriaRole.Link, new() { Name = "Контрольная работа" }).ClickAsync();
        await page.GetByLabel("Вес", new() { Exact = true }).FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }).ClickAsync();
        await Assertions.Expect(control.Locator("td").Nth(2)).ToHaveTextAsync("3");

        await page.GetByRole(AriaRole.Link, new() { Name = "Отметки посещаемости" }).ClickAsync();
        var code = "Д" + "АБВГЕЖЗИКЛМОПРСТ"[Random.Shared.Next(16)] + "АБВГЕЖЗИКЛМОПРСТ"[Random.Shared.Next(16)];
        await page.GetByLabel("Обозначение").FillAsync(code.ToLowerInvariant());
        await page.GetByLabel("Название", new() { Exact = true }).FillAsync("Дистанционное обучение");
        await page.GetByLabel("Что означает").SelectOptionAsync(new SelectOptionValue { Label = "по уважительной причине" });
        await page.GetByLabel("Считается пропуском урока").UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Добавить" }).ClickAsync();
        var row = page.Locator("#attendance-codes tbody tr", new() { HasText = code });
        await Assertions.Expect(row).ToContainTextAsync("по уважительной причине");
        await Assertions.Expect(row.Locator("td").Nth(3)).ToHaveTextAsync("нет");
        await BrowserApp.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "journal-settings-attendance-code");

        page.Dialog += async (_, dialog) => await dialog.AcceptAsync(); // «Удалить отметку «ДО…»?»
        await row.GetByRole(AriaRole.Button, new() { Name = "Удалить отметку " + code }).ClickAsync();
        await Assertions.Expect(page.Locator("#attendance-codes tbody tr", new() { HasText = code })).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }
}
