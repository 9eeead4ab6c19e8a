using Microsoft.Playwright;

namespace Parta.Browser.Tests.Reports;

/// <summary>
/// The coordinator checks before closing the quarter who has not finished their journals: the filling control of the
/// current period lists every journal by teacher, a count opens into its items, and an item leads straight to the
/// journal's lesson or month.
/// </summary>
public sealed class JournalFillingJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Coordinator_OpensTheFillingControl_AndFollowsAGapToTheJournal()
    {
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, "coordinator");
        await page.GotoAsync("/Reports");
        await page.GetByRole(AriaRole.Link, new() { Name = "Контроль заполнения журналов" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Контроль заполнения журналов", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("table.filling").First).ToBeVisibleAsync();

        // A journal with a gap: its count opens the list; the first item is a link into the journal.
        var gap = page.Locator("table.filling details").First;
        await gap.Locator("summary").ClickAsync();
        var link = gap.Locator("li a").First;
        await Assertions.Expect(link).ToBeVisibleAsync();
        var href = await link.GetAttributeAsync("href");
        Assert.StartsWith("/Journal/", href, StringComparison.Ordinal);
        await link.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/Journal/", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator(href!.StartsWith("/Journal/Grid", StringComparison.Ordinal) ? "#journal-grid" : "main h1")).ToBeVisibleAsync();
        BrowserApp.AssertNoConsoleErrors(page);
        await page.Context.CloseAsync();
    }
}
