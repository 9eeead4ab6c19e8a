using Microsoft.Playwright;

namespace Parta.Browser.Tests;

/// <summary>The coordinator's home page: what is still missing before the first lesson, each with a way to it.</summary>
public sealed class HomeJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Coordinator_SeesTheSchoolsReadiness_GoesOnToCreateStudentsAccounts()
    {
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, "coordinator");

        var readiness = page.GetByRole(AriaRole.Region, new() { Name = "Готовность школы к 2026/2027 учебному году" });
        await Assertions.Expect(readiness).ToBeVisibleAsync();
        await Assertions.Expect(readiness.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Учебные периоды" })).ToContainTextAsync("готово");
        var accounts = readiness.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Учётные записи учащихся" });
        await Assertions.Expect(accounts).ToContainTextAsync("без учётной записи");
        await BrowserApp.AssertAccessibleAsync(page);

        await accounts.GetByRole(AriaRole.Link, new() { Name = "Учётные записи учащихся: перейти" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Access/Accounts$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Учётные записи");
        await page.Context.CloseAsync();
    }
}
