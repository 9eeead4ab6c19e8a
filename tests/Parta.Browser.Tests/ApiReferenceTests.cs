using Microsoft.Playwright;

namespace Parta.Browser.Tests;

/// <summary>The API reference opens from the footer, loads only from Parta itself, and leads back.</summary>
public sealed class ApiReferenceTests(BrowserApp app)
{
    [Fact]
    public async Task ApiReference_FromTheFooter_LoadsNothingFromOutside_AndLeadsBackToParta()
    {
        var page = await app.NewPageAsync();
        var outside = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(app.BaseUrl.TrimEnd('/'), StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                lock (outside)
                {
                    outside.Add(request.Url);
                }
            }
        };
        await BrowserApp.SignInAsync(page, "teacher");

        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Основная навигация" })
            .GetByRole(AriaRole.Link, new() { Name = "API", Exact = true, IncludeHidden = true })).ToHaveCountAsync(0);
        await page.Locator("footer").GetByRole(AriaRole.Link, new() { Name = "API", Exact = true }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Assertions.Expect(page.GetByText("Parta API").First).ToBeVisibleAsync();
        BrowserApp.AssertNoConsoleErrors(page);
        await BrowserApp.ScreenshotAsync(page, "api-reference");
        await page.GetByRole(AriaRole.Link, new() { Name = "← Вернуться в Parta" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(app.BaseUrl.TrimEnd('/') + "/");
        Assert.Empty(outside);
        await page.Context.CloseAsync();
    }
}
