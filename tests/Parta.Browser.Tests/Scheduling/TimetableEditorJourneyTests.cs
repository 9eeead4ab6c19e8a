using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Parta.Browser.Tests.Scheduling;

/// <summary>
/// The deputy director opens the demo school's timetable (conflict-free), moves around the grid from the keyboard, tries
/// to give 5Б a mathematics lesson at the time the demo teacher teaches 5А, is told exactly what it conflicts with, and
/// puts the cell right.
/// </summary>
public sealed partial class TimetableEditorJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task DeputyDirector_PlacesAConflictingLesson_SeesTheConflict_AndFixesIt()
    {
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, "zavuch");
        await BrowserApp.OpenMenuAsync(page, "Расписание", "Расписание");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Расписание уроков");
        await Assertions.Expect(page.Locator("#conflicts-title")).ToHaveTextAsync("Конфликты: нет");
        await BrowserApp.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "timetable-grid");

        // The keyboard: the first cell of 5А, then one to the right.
        var row5A = page.Locator("tr", new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = "5А", Exact = true }) });
        await row5A.Locator("a.tt-cell").First.FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(row5A.Locator("a.tt-cell").Nth(1)).ToBeFocusedAsync();

        // Where the demo teacher (Иванова М. И.) teaches 5А mathematics, 5Б has a lesson of its own.
        var maths5A = row5A.Locator("a.tt-cell[title*='Матем.']").First;
        var id = await maths5A.GetAttributeAsync("id");
        var slot = CellId().Match(id!);
        var (day, number) = (slot.Groups["day"].Value, slot.Groups["number"].Value);
        var row5B = page.Locator("tr", new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = "5Б", Exact = true }) });
        var cell5B = row5B.Locator($"a.tt-cell[id$='-{day}-{number}']");
        await cell5B.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync($"5Б: ");
        var lessonThere = page.Locator("#in-cell + ul li").First;
        var original = (await lessonThere.Locator(".cell-line-title").InnerTextAsync()).Trim();
        await lessonThere.GetByRole(AriaRole.Link, new() { Name = "Изменить" }).ClickAsync();

        var assignment = page.GetByLabel("Предмет и учитель");
        var maths = await assignment.Locator("option", new() { HasTextRegex = new Regex("^Математика — Иванова М\\. И\\.") }).First.GetAttributeAsync("value");
        await assignment.SelectOptionAsync(maths!);
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить", Exact = true }).ClickAsync();

        var errors = page.Locator(".validation-summary-errors");
        await Assertions.Expect(errors).ToContainTextAsync("у учителя Иванова М. И. два урока сразу — Математика, 5А и Математика, 5Б");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Сохранить всё равно" })).ToHaveCountAsync(0);
        await BrowserApp.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "timetable-cell-conflict");

        // Put it right: the cell keeps its own subject.
        await assignment.SelectOptionAsync(new SelectOptionValue { Label = original });
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Урок поставлен в расписание.");
        await Assertions.Expect(page.Locator("#conflicts-title")).ToHaveTextAsync("Конфликты: нет");
        await Assertions.Expect(cell5B).ToBeFocusedAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TheGrid_OnAPhone_ScrollsInsideItsBox_AndTheCellEditorFits()
    {
        var page = await app.NewPageAsync(390, 844);
        await BrowserApp.SignInAsync(page, "zavuch");
        await page.GotoAsync("/Scheduling");
        await Assertions.Expect(page.Locator("table.timetable-grid")).ToBeVisibleAsync();
        var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1");
        Assert.False(overflow, "the page itself must not scroll sideways: the grid scrolls in its box");
        await BrowserApp.ScreenshotAsync(page, "timetable-grid-phone");
        await page.Locator("a.tt-cell").First.ClickAsync();
        await Assertions.Expect(page.GetByLabel("Предмет и учитель")).ToBeVisibleAsync();
        await BrowserApp.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "timetable-cell-phone");
        await page.Context.CloseAsync();
    }

    [GeneratedRegex(@"-(?<day>\d)-(?<number>\d+)$")]
    private static partial Regex CellId();
}
