using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Parta.Browser.Tests.Planning;

/// <summary>
/// The demo teacher (mathematics in 5А and 5Б, lessons of the whole year) opens «КТП» and adds a topic to a plan. The
/// demo plans fill the year exactly, so a topic added at the end does not fit: the page says so. Moved up one place, it
/// is laid on a lesson and shows that lesson's date; deleted, the plan fits again (the shared demo is left as it was).
/// </summary>
public sealed partial class LessonPlanJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Teacher_AddsATopic_AndSeesItWithItsPlannedDate()
    {
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, "teacher");
        await page.GotoAsync("/Planning");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Мои КТП");
        await page.Locator("#plans tbody tr").First.GetByRole(AriaRole.Link, new() { Name = "Изменить" }).ClickAsync();

        // The new topic goes at the end of the plan; the demo plan has as many hours as lessons, so it finds none.
        var title = "Повторение " + Guid.NewGuid().ToString("N")[..6];
        await page.GetByLabel("Тема", new() { Exact = true }).FillAsync(title);
        await page.GetByLabel("Часы").FillAsync("1");
        await page.GetByLabel("Тип урока").SelectOptionAsync(new SelectOptionValue { Label = "Повторение и обобщение" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Добавить тему" }).ClickAsync();

        var row = page.Locator("#plan-topics tbody tr", new() { HasText = title });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync("Повторение и обобщение");
        await Assertions.Expect(row).ToContainTextAsync("не помещается");
        await Assertions.Expect(page.Locator("#plan-mismatch")).ToContainTextAsync("больше, чем уроков в году, на 1");

        await row.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("выше$") }).ClickAsync();
        row = page.Locator("#plan-topics tbody tr", new() { HasText = title });
        Assert.Matches(PlannedDate(), await row.Locator("td").Last.Locator("xpath=preceding-sibling::td[1]").InnerTextAsync());
        await BrowserApp.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "lesson-plan-topic-added");

        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await row.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Удалить") }).ClickAsync();
        await Assertions.Expect(page.Locator("#plan-topics tbody tr", new() { HasText = title })).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#plan-mismatch")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [GeneratedRegex(@"^\d{2}\.\d{2}\.\d{4}")]
    private static partial Regex PlannedDate();
}
