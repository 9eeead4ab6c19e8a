using Microsoft.Playwright;

namespace Parta.Browser.Tests.Organisation;

/// <summary>The coordinator splits a class into a group for a subject taught in halves.</summary>
public sealed class GroupsJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Coordinator_CreatesAGroupOf8BForInformatics_SeesItsMembers()
    {
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, "coordinator");
        await BrowserApp.OpenMenuAsync(page, "Школа", "Классы");
        await page.GetByRole(AriaRole.Link, new() { Name = "Добавить группу" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Новая группа");
        await page.GetByLabel("Название группы").FillAsync("Информатика, 8Б, подгруппа «Альфа»");
        await page.GetByLabel("Класс (пусто — из нескольких классов)").SelectOptionAsync(new SelectOptionValue { Label = "8Б" });
        await page.GetByLabel("Предмет").SelectOptionAsync(new SelectOptionValue { Label = "Информатика" });
        var classmates = page.GetByRole(AriaRole.Group, new() { Name = "Учащиеся группы" }).Locator(".form-check", new() { HasText = "(8Б)" });
        var first = (await classmates.Nth(0).InnerTextAsync()).Replace("(8Б)", "", StringComparison.Ordinal).Trim();
        var second = (await classmates.Nth(1).InnerTextAsync()).Replace("(8Б)", "", StringComparison.Ordinal).Trim();
        await classmates.Nth(0).GetByRole(AriaRole.Checkbox).CheckAsync();
        await classmates.Nth(1).GetByRole(AriaRole.Checkbox).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Группа «Информатика, 8Б, подгруппа «Альфа»» добавлена.");
        var row = page.Locator("#groups tbody tr", new() { HasText = "подгруппа «Альфа»" });
        await Assertions.Expect(row.Locator("td").Nth(1)).ToHaveTextAsync("8Б");
        await Assertions.Expect(row.Locator("td").Nth(2)).ToHaveTextAsync("Информатика");
        await Assertions.Expect(row.Locator("td").Nth(3)).ToHaveTextAsync("2");
        await BrowserApp.ScreenshotAsync(page, "organisation-group-created");

        await row.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Группа «Информатика, 8Б, подгруппа «Альфа»»");
        await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = first })).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = second })).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Group, new() { Name = "Учащиеся группы" }).GetByRole(AriaRole.Checkbox, new() { Checked = true })).ToHaveCountAsync(2);
        await BrowserApp.ScreenshotAsync(page, "organisation-group-members");
        await page.Context.CloseAsync();
    }
}
