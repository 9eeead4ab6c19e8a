using Microsoft.Playwright;

namespace Parta.Browser.Tests.Movement;

/// <summary>Year-end promotion of a class through the wizard, as the coordinator would do it.</summary>
public sealed class PromotionJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Coordinator_Promotes10B_PreviewThenApply_TheBookShowsTheOrder()
    {
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, "coordinator");
        await page.GotoAsync("/Movement");
        await page.GetByRole(AriaRole.Link, new() { Name = "Перевод класса" }).ClickAsync();
        await page.GetByLabel("Класс").SelectOptionAsync(new SelectOptionValue { Label = "10Б" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Выбрать" }).ClickAsync();

        await page.GetByLabel("Номер приказа").FillAsync("210-у");
        await page.GetByLabel("Дата приказа").FillAsync("2027-05-28");
        var first = page.Locator("tbody tr").First;
        await first.GetByRole(AriaRole.Combobox).SelectOptionAsync(new SelectOptionValue { Label = "переведён условно" });
        await first.GetByRole(AriaRole.Textbox).FillAsync("физика");
        await page.GetByRole(AriaRole.Button, new() { Name = "Предварительный просмотр" }).ClickAsync();

        await Assertions.Expect(page.Locator("tbody tr").First).ToContainTextAsync("переведён условно → 11Б");
        await Assertions.Expect(page.Locator("tbody tr").Nth(1)).ToContainTextAsync("переведён в следующий класс → 11Б");
        await BrowserApp.ScreenshotAsync(page, "movement-promotion-preview");

        await page.GetByRole(AriaRole.Button, new() { Name = "Провести перевод" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Перевод проведён");
        var promoted = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "№ 210-у от 28.05.2027" });
        await Assertions.Expect(promoted.First).ToContainTextAsync("11Б");
        Assert.True(await promoted.CountAsync() >= 17, "the whole class is promoted under one order");
        await page.Context.CloseAsync();
    }
}
