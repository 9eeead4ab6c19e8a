using Microsoft.Playwright;

namespace Parta.Browser.Tests.Organisation;

/// <summary>The coordinator adds a subject the school starts teaching, and gives it hours in the curriculum.</summary>
public sealed class SubjectsJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Coordinator_AddsAndRenamesASubject_GivesItHoursInAFutureCurriculum_HoursKeptAfterReload()
    {
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, "coordinator");
        await BrowserApp.OpenMenuAsync(page, "Школа", "Предметы и учебный план");
        await page.GetByRole(AriaRole.Link, new() { Name = "Добавить предмет" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Новый предмет");
        await page.GetByLabel("Название", new() { Exact = true }).FillAsync("Основы робототехники");
        await page.GetByLabel("Краткое название (для узких столбцов)").FillAsync("Робот.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Предмет «Основы робототехники» добавлен.");
        var row = page.Locator("#subjects tbody tr", new() { HasText = "Основы робототехники" });
        await Assertions.Expect(row.Locator("td").Nth(1)).ToHaveTextAsync("Робот.");

        await row.GetByRole(AriaRole.Link, new() { Name = "Основы робототехники" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Предмет «Основы робототехники»");
        await page.GetByLabel("Название", new() { Exact = true }).FillAsync("Робототехника и программирование");
        await page.GetByLabel("Краткое название (для узких столбцов)").FillAsync("Робототех.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Изменения сохранены.");
        var renamed = page.Locator("#subjects tbody tr", new() { HasText = "Робототехника и программирование" });
        await Assertions.Expect(renamed.Locator("td").Nth(1)).ToHaveTextAsync("Робототех.");
        await Assertions.Expect(page.Locator("#subjects")).Not.ToContainTextAsync("Основы робототехники");
        await BrowserApp.ScreenshotAsync(page, "organisation-subjects-renamed");

        // The hours go into a future year of this journey's own (within the ten years ahead a date may be): the demo year's curriculum stays as it is.
        await YearSteps.CreateYearAsync(page, 2032);
        await page.GotoAsync("/Organisation/Subjects");
        await page.GetByRole(AriaRole.Link, new() { Name = "Учебный план" }).ClickAsync();
        await page.GetByLabel("Учебный год").SelectOptionAsync(new SelectOptionValue { Label = "2032/2033" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Показать" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Учебный план 2032/2033");
        await page.GetByLabel("Робототехника и программирование, 7 класс, часов в неделю").FillAsync("1,5");
        await page.GetByLabel("Робототехника и программирование, 8 класс, часов в неделю").FillAsync("2");
        await page.GetByLabel("Робототехника и программирование, 8 класс, экзамен").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить учебный план" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Учебный план сохранён.");
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Учебный план 2032/2033");
        await Assertions.Expect(page.GetByLabel("Робототехника и программирование, 7 класс, часов в неделю")).ToHaveValueAsync("1,5");
        await Assertions.Expect(page.GetByLabel("Робототехника и программирование, 8 класс, часов в неделю")).ToHaveValueAsync("2");
        await Assertions.Expect(page.GetByLabel("Робототехника и программирование, 9 класс, часов в неделю")).ToHaveValueAsync("");
        await Assertions.Expect(page.GetByLabel("Робототехника и программирование, 8 класс, экзамен")).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByLabel("Робототехника и программирование, 7 класс, экзамен")).Not.ToBeCheckedAsync();
        await BrowserApp.ScreenshotAsync(page, "organisation-curriculum-saved");
        await page.Context.CloseAsync();
    }
}
