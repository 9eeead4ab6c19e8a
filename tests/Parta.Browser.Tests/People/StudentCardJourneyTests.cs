using Microsoft.Playwright;

namespace Parta.Browser.Tests.People;

/// <summary>The coordinator looks a student up and opens her personal card.</summary>
public sealed class StudentCardJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Coordinator_FindsKuznetsovaInStudents_OpensHerCard()
    {
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, "coordinator");

        await BrowserApp.OpenMenuAsync(page, "Люди", "Учащиеся");
        await page.GetByLabel("Фамилия, имя или отчество").FillAsync("кузнецова");
        await page.GetByRole(AriaRole.Button, new() { Name = "Найти" }).ClickAsync();

        var row = page.Locator("table tbody tr", new() { HasText = "Кузнецова Анна Дмитриевна" });
        await Assertions.Expect(row).ToContainTextAsync("5А");
        await BrowserApp.ScreenshotAsync(page, "people-students-search");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Скачать XLSX" }).ClickAsync());
        Assert.Equal("экспорт-students.xlsx", download.SuggestedFilename);
        await row.GetByRole(AriaRole.Link, new() { Name = "Кузнецова Анна Дмитриевна" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Кузнецова Анна Дмитриевна", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".student-class")).ToHaveTextAsync("5А");
        await BrowserApp.ScreenshotAsync(page, "people-student-card");
        await BrowserApp.AssertAccessibleAsync(page);
        await page.Context.CloseAsync();
    }
}
