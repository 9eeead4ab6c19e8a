using Microsoft.Playwright;

namespace Parta.Browser.Tests.Organisation;

/// <summary>Two tabs on one record: the second «Сохранить» does not silently undo the first.</summary>
public sealed class StaleSaveJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Coordinator_RenamesASubjectInTwoTabs_TheSecondIsToldWhatIsSavedNowAndCanSaveOnPurpose()
    {
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, "coordinator");
        await page.GotoAsync("/Organisation/Subjects/Edit");
        await page.GetByLabel("Название", new() { Exact = true }).FillAsync("Шахматы");
        await page.GetByLabel("Краткое название (для узких столбцов)").FillAsync("Шахм.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Предмет «Шахматы» добавлен.");
        await page.Locator("#subjects tbody tr", new() { HasText = "Шахматы" }).GetByRole(AriaRole.Link, new() { Name = "Шахматы" }).ClickAsync();
        var first = page;
        var second = await page.Context.NewPageAsync();
        await second.GotoAsync(first.Url);

        await first.GetByLabel("Краткое название (для узких столбцов)").FillAsync("Шахматы (кружок)");
        await first.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }).ClickAsync();
        await Assertions.Expect(first.GetByRole(AriaRole.Status)).ToHaveTextAsync("Изменения сохранены.");
        await second.GetByLabel("Краткое название (для узких столбцов)").FillAsync("Шах.");
        await second.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }).ClickAsync();

        await Assertions.Expect(second.Locator(".alert-danger")).ToContainTextAsync("Запись уже изменил другой пользователь");
        await Assertions.Expect(second.Locator("[data-valmsg-for=ShortName]")).ToContainTextAsync("Сейчас сохранено: «Шахматы (кружок)».");
        await Assertions.Expect(second.GetByLabel("Краткое название (для узких столбцов)")).ToHaveValueAsync("Шах.");
        await BrowserApp.ScreenshotAsync(second, "organisation-subject-stale-save");

        await second.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }).ClickAsync();
        await Assertions.Expect(second.GetByRole(AriaRole.Status)).ToHaveTextAsync("Изменения сохранены.");
        await Assertions.Expect(second.Locator("#subjects tbody tr", new() { HasText = "Шахматы" }).Locator("td").Nth(1)).ToHaveTextAsync("Шах.");
        await page.Context.CloseAsync();
    }
}
