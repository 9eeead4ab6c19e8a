using Microsoft.Playwright;

namespace Parta.Browser.Tests.Organisation;

/// <summary>Steps several organisation journeys share: a far-future year of their own, so the demo's current year stays as it is.</summary>
internal static class YearSteps
{
    /// <summary>Adds the year «<paramref name="startYear"/>/next» (1 September to 31 August) and waits for its page.</summary>
    public static async Task CreateYearAsync(IPage page, int startYear)
    {
        var name = $"{startYear}/{startYear + 1}";
        await page.GotoAsync("/Organisation/Years");
        await page.GetByRole(AriaRole.Link, new() { Name = "Добавить учебный год" }).ClickAsync();
        await page.GetByLabel("Название").FillAsync(name);
        await page.GetByLabel("Начало").FillAsync($"{startYear}-09-01");
        await page.GetByLabel("Окончание").FillAsync($"{startYear + 1}-08-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"Учебный год «{name}» добавлен.");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Учебный год " + name);
    }
}
