using System.Globalization;
using Microsoft.Playwright;

namespace Parta.Browser.Tests.Scheduling;

/// <summary>
/// The deputy director (the demo coordinator) gives a lesson of this week to the demo teacher (Иванова Мария Ивановна,
/// mathematics) where she is free, and the teacher finds it in «Мой день». It runs on the demo timetable: while the demo
/// school has no timetable yet there is no lesson to substitute, and the test says so as skipped.
/// </summary>
public sealed class SubstitutionJourneyTests(BrowserApp app)
{
    private const string Teacher = "Иванова Мария Ивановна";

    [Fact]
    public async Task Coordinator_SubstitutesALessonWithAFreeTeacher_TeacherSeesItInHerDay()
    {
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, "coordinator");
        await BrowserApp.OpenMenuAsync(page, "Расписание", "Замены");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Замены на");
        await BrowserApp.AssertAccessibleAsync(page);

        var today = DateOnly.FromDateTime(DateTime.Today);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        DateOnly? date = null;
        for (var d = monday; d < monday.AddDays(6) && date is null; d = d.AddDays(1))
        {
            date = await SubstituteOneAsync(page, d) ? d : null;
        }

        if (date is not { } day)
        {
            Assert.Skip("В демо-школе на этой неделе нет уроков, где учитель демо-входа teacher свободна: нужно демо-расписание.");
            return;
        }

        await Assertions.Expect(page.Locator("[role=status], .alert").First).ToContainTextAsync("Замена");
        await page.Context.CloseAsync();

        var teacher = await app.NewPageAsync();
        await BrowserApp.SignInAsync(teacher, "teacher");
        await teacher.GetByRole(AriaRole.Link, new() { Name = "Мой день" }).First.ClickAsync();
        await teacher.GotoAsync($"/Scheduling/MyDay?date={day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        await Assertions.Expect(teacher.Locator("#my-lessons")).ToContainTextAsync("замена, по расписанию — ");
        await BrowserApp.AssertAccessibleAsync(teacher);
        await BrowserApp.ScreenshotAsync(teacher, "my-day-substitution");
        await teacher.Context.CloseAsync();
    }

    /// <summary>Opens the day's changes and substitutes the first lesson of another teacher where the demo teacher is offered as free.</summary>
    private static async Task<bool> SubstituteOneAsync(IPage page, DateOnly date)
    {
        await page.GotoAsync($"/Scheduling/Changes?date={date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        var rows = page.Locator("#day-lessons tbody tr");
        var count = Math.Min(await rows.CountAsync(), 12);
        for (var i = 0; i < count; i++)
        {
            var row = rows.Nth(i);
            if ((await row.InnerTextAsync()).Contains("Иванова М. И.", StringComparison.Ordinal) || await row.GetByRole(AriaRole.Link, new() { Name = "Изменить" }).CountAsync() == 0)
            {
                continue;
            }

            var href = await row.GetByRole(AriaRole.Link).First.GetAttributeAsync("href");
            await page.GotoAsync(href!);
            var free = page.Locator("#substitute-form optgroup:not([label^='Заняты']) option", new() { HasTextString = Teacher });
            if (await free.CountAsync() == 0)
            {
                await page.GoBackAsync();
                continue;
            }

            await page.GetByLabel("Кто проведёт урок").SelectOptionAsync(new SelectOptionValue { Label = Teacher });
            await page.GetByLabel("Причина (болезнь, курсы…)").FillAsync("болезнь");
            await page.GetByRole(AriaRole.Button, new() { Name = "Заменить" }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Scheduling/Changes"));
            return true;
        }

        return false;
    }
}
