using Microsoft.Playwright;

namespace Parta.Browser.Tests.Diary;

/// <summary>
/// The demo parent opens her child's final marks in the diary, the report card from there, downloads it as PDF, and
/// downloads the letter of the closed first quarter; the open quarter's letter is not offered yet (closing publishes it).
/// </summary>
public sealed class FamilyDocumentsJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Parent_OpensTheReportCardFromTheDiary_DownloadsItAndThePublishedLetter()
    {
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, "parent");
        await page.GotoAsync("/Diary");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Разделы дневника" }).GetByRole(AriaRole.Link, new() { Name = "Итоговые" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Итоговые отметки");
        var links = page.Locator(".diary-links");
        await Assertions.Expect(links.GetByRole(AriaRole.Link, new() { Name = "Информационное письмо: 1 четверть" })).ToBeVisibleAsync();
        await Assertions.Expect(links).ToContainTextAsync("Письмо за период «2 четверть» — после закрытия периода");

        var letter = await page.RunAndWaitForDownloadAsync(() => links.GetByRole(AriaRole.Link, new() { Name = "Информационное письмо: 1 четверть" }).ClickAsync());
        Assert.EndsWith(".pdf", letter.SuggestedFilename, StringComparison.OrdinalIgnoreCase);
        var letterBytes = await File.ReadAllBytesAsync(await letter.PathAsync());
        Assert.True(letterBytes.Length > 1000 && letterBytes[0] == (byte)'%' && letterBytes[1] == (byte)'P', "the letter is a PDF");

        await links.GetByRole(AriaRole.Link, new() { Name = "Табель успеваемости" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Табель успеваемости");
        await Assertions.Expect(page.Locator("table.report-card tbody tr").First).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, "diary-report-card");
        var card = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Скачать PDF" }).ClickAsync());
        Assert.StartsWith("табель-", card.SuggestedFilename, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }
}
