using Microsoft.Playwright;

namespace Parta.Browser.Tests.Grading;

/// <summary>
/// A teacher opens the final marks of her journal from the journal, sees each student's suggestion with its reason, and
/// sets period marks from the keyboard: a mark and Enter saves it and steps down; a value off the scale is refused in
/// words beside the input; a mark other than the suggestion is marked as such; after a reload the marks are there. The
/// journey puts back what the demo held.
/// </summary>
public sealed class FinalMarkSheetJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Teacher_SetsPeriodMarksFromTheKeyboard_SeesTheRule_TheyAreThereAfterReload()
    {
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, "teacher");
        await page.GotoAsync("/Journal");
        await page.Locator("#own-title ~ ul a").First.ClickAsync();
        await page.Locator("#final-marks-link").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Итоговые отметки");
        await Assertions.Expect(page.Locator("#final-sheet")).ToBeVisibleAsync();
        await page.Locator("#sheet-rules summary").ClickAsync();
        await Assertions.Expect(page.Locator("#sheet-rules")).ToContainTextAsync("«5» от 4,5");

        var inputs = page.Locator("#final-sheet input.final-input");
        var before = await inputs.EvaluateAllAsync<string[]>("xs => xs.map(x => x.value)");
        var suggested = await inputs.EvaluateAllAsync<string[]>("xs => xs.map(x => x.dataset.suggested || '')");
        Assert.True(before.Length >= 3);
        Assert.Contains(await page.Locator("#final-sheet td.suggested").AllTextContentsAsync(), t => t.Contains("средний ") || t.Contains("нужных"));

        // A mark other than the suggestion on the first row, the suggestion on the second, then a key off the scale.
        var other = suggested[0] == "5" ? "4" : "5";
        await inputs.Nth(0).FocusAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync(other);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(inputs.Nth(1)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync(suggested[1] == "" ? "4" : suggested[1]);
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("7");
        await page.Keyboard.PressAsync("Enter");
        var cells = page.Locator("#final-sheet td.final-cell");
        await Assertions.Expect(cells.Nth(0)).ToContainTextAsync("Сохранено");
        await Assertions.Expect(cells.Nth(1)).ToContainTextAsync("Сохранено");
        await Assertions.Expect(cells.Nth(2)).ToContainTextAsync("итоговая отметка — одно из значений");
        if (suggested[0] != "")
        {
            await Assertions.Expect(cells.Nth(0)).ToContainTextAsync("не как предложено");
        }

        await page.ReloadAsync();
        await Assertions.Expect(inputs.Nth(0)).ToHaveValueAsync(other);
        await Assertions.Expect(inputs.Nth(2)).ToHaveValueAsync(before[2]);

        // Back to what the demo held.
        for (var i = 0; i < 2; i++)
        {
            await inputs.Nth(i).FillAsync(before[i]);
            await inputs.Nth(i).PressAsync("Enter");
            await Assertions.Expect(cells.Nth(i)).ToContainTextAsync("Сохранено");
        }
    }
}
