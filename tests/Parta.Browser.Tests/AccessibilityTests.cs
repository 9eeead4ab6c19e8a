namespace Parta.Browser.Tests;

/// <summary>
/// axe on every screen as a given person opens it: no serious or critical violation, and no console error or
/// Content-Security-Policy violation (an inline style the policy refuses is how an empty error box once showed). One row
/// per page; a screen's journey may check the states it reaches on the way (a form with errors, a page after saving).
/// </summary>
public sealed class AccessibilityTests(BrowserApp app)
{
    [Theory]
    [InlineData(null, "/Account/Login")]
    [InlineData("teacher", "/")]
    [InlineData("parent", "/")]
    [InlineData("student", "/")]
    [InlineData("coordinator", "/People/Students")]
    [InlineData("coordinator", "/Importing")]
    [InlineData("coordinator", "/Access/Accounts")]
    [InlineData("coordinator", "/Auditing")]
    [InlineData("coordinator", "/Access/Rights")]
    [InlineData("admin", "/Admin/Schools")]
    [InlineData("coordinator", "/Access/Roles")]
    [InlineData("admin", "/Admin/Schools/Edit")]
    [InlineData("coordinator", "/People/Staff")]
    [InlineData("coordinator", "/People/Staff/Edit")]
    [InlineData("coordinator", "/People/Guardians")]
    [InlineData("coordinator", "/Movement")]
    [InlineData("coordinator", "/Movement/Record")]
    [InlineData("coordinator", "/Movement/Report")]
    [InlineData("coordinator", "/Movement/Alphabetical")]
    [InlineData("coordinator", "/Movement/ClassList")]
    [InlineData("coordinator", "/Movement/Promotion")]
    [InlineData("coordinator", "/Organisation/Years")]
    [InlineData("coordinator", "/Organisation/Classes")]
    [InlineData("coordinator", "/Organisation/Subjects")]
    [InlineData("coordinator", "/Organisation/Curriculum")]
    [InlineData("coordinator", "/Organisation/Assignments")]
    [InlineData("coordinator", "/Organisation/Assignments/Load")]
    [InlineData("coordinator", "/Organisation/Years/Calendar")]
    [InlineData("coordinator", "/Organisation/Groups/Edit")]
    [InlineData("zavuch", "/Scheduling/Bells")]
    [InlineData("zavuch", "/Scheduling/Rooms")]
    [InlineData("zavuch", "/Scheduling/Changes")]
    [InlineData("zavuch", "/Scheduling/Print")]
    [InlineData("zavuch", "/Importing?kind=timetable")]
    [InlineData("teacher", "/Scheduling/MyDay")]
    [InlineData("teacher", "/Scheduling/Week")]
    [InlineData("teacher", "/Scheduling/Calendar")]
    [InlineData("teacher", "/Planning")]
    [InlineData("teacher", "/Planning/Templates")]
    [InlineData("teacher", "/Planning/Progress")]
    [InlineData("director", "/Planning")]
    [InlineData("director", "/Planning/Progress")]
    [InlineData("teacher", "/Journal")]
    [InlineData("director", "/Journal")]
    [InlineData("student", "/Scheduling/Week")]
    [InlineData("coordinator", "/Journal/Settings")]
    [InlineData("coordinator", "/Journal/Settings/Attendance")]
    [InlineData("coordinator", "/Journal/Settings/Scales")]
    [InlineData("director", "/Reports")]
    [InlineData("teacher", "/Reports/ClassPeriod")]
    [InlineData("director", "/Reports/Summary")]
    [InlineData("director", "/Reports/Progress")]
    [InlineData("director", "/Reports/Archive")]
    [InlineData("director", "/Account")]
    [InlineData("director", "/Account/ChangePassword")]
    [InlineData("coordinator", "/Reports/Filling")]
    [InlineData("director", "/Reports/Attendance")]
    [InlineData("director", "/Reports/Overview")]
    [InlineData("coordinator", "/Journal/Settings/Grading")]
    [InlineData("director", "/Grading/Closing")]
    [InlineData("parent", "/Diary")]
    [InlineData("parent", "/Diary/Marks")]
    [InlineData("parent", "/Diary/Final")]
    [InlineData("student", "/Diary")]
    [InlineData("parent", "/Notifications")]
    [InlineData("coordinator", "/Admin/Mail")]
    [InlineData("admin", "/Admin/Mail")]
    public async Task Page_HasNoSeriousOrCriticalViolationsNorConsoleErrors(string? login, string path)
    {
        var page = await app.NewPageAsync();
        if (login is not null)
        {
            await BrowserApp.SignInAsync(page, login);
        }

        await page.GotoAsync(path);
        await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
        await BrowserApp.AssertAccessibleAsync(page);
        await Microsoft.Playwright.Assertions.Expect(page.Locator(".alert-danger:visible")).ToHaveCountAsync(0);
        await BrowserApp.ScreenshotAsync(page, $"a11y-{login ?? "anonymous"}-{path.Trim('/').Replace('/', '-')}");
        await page.Context.CloseAsync();
    }
}
