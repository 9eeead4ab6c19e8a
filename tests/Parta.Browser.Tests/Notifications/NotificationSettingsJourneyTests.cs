using Microsoft.Playwright;

namespace Parta.Browser.Tests.Notifications;

/// <summary>
/// The demo parent, on a phone (360 px), opens «Уведомления», chooses for a child «сразу, отметки ниже 3», saves, and
/// finds the choice there after a reload, with no horizontal scrolling. The journey puts back what the demo held.
/// </summary>
public sealed class NotificationSettingsJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Parent_OnAPhone_ChoosesInstantLowMarksForAChild_AndSaves()
    {
        var page = await app.NewPageAsync(360, 740);
        await BrowserApp.SignInAsync(page, "parent");
        await page.GotoAsync("/Notifications");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Уведомления");
        var child = page.Locator("fieldset[data-student]").First;
        await Assertions.Expect(child).ToContainTextAsync("Кузнецов");

        var lowMarks = child.Locator("input[value=lowMarks]");
        var absences = child.Locator("input[value=absences]");
        var wasAbsences = await absences.IsCheckedAsync();
        await lowMarks.CheckAsync();
        await absences.UncheckAsync();
        await child.Locator("select[name$='LowMarkThreshold']").SelectOptionAsync("3");
        await child.Locator("select[name$='Mode']").SelectOptionAsync("instant");
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }).ClickAsync();

        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Настройки уведомлений сохранены.");
        await page.ReloadAsync();
        child = page.Locator("fieldset[data-student]").First;
        await Assertions.Expect(child.Locator("input[value=lowMarks]")).ToBeCheckedAsync();
        await Assertions.Expect(child.Locator("input[value=absences]")).Not.ToBeCheckedAsync();
        await Assertions.Expect(child.Locator("select[name$='Mode']")).ToHaveValueAsync("instant");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "horizontal scrolling at 360 px");
        await BrowserApp.ScreenshotAsync(page, "notifications-parent-360");

        // Back to what the demo held.
        if (wasAbsences)
        {
            await child.Locator("input[value=absences]").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }).ClickAsync();
            await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Настройки уведомлений сохранены.");
        }

        await page.Context.CloseAsync();
    }
}
