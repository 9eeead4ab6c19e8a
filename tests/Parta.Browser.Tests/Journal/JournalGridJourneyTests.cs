using Microsoft.Playwright;

namespace Parta.Browser.Tests.Journal;

/// <summary>
/// A teacher fills a lesson of her journal from the keyboard: ten marks and two absences, each saved at once; a key off
/// the scale is refused without losing the other cells; with the network gone typed marks stay «не сохранено» and are
/// saved when it comes back; after a reload everything is there with the averages. The journey uses a new assessment of
/// the latest lesson (empty cells whatever the demo holds) and clears what it set at the end.
/// </summary>
public sealed class JournalGridJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Teacher_EntersMarksAndAbsencesWithTheKeyboard_TheyAreThereAfterReload_OfflineMarksWaitAndSave()
    {
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, "teacher");
        await page.GotoAsync("/Journal");
        await page.Locator("#own-title ~ ul a").First.ClickAsync();
        await Assertions.Expect(page.Locator("#journal-grid")).ToBeVisibleAsync();
        var gridUrl = page.Url;

        // The demo's mathematics has double lessons: two heads with one date, each with its lesson number.
        var heads = await page.Locator("#journal-grid thead th.jg-lesson a").EvaluateAllAsync<string[]>(
            "links => links.map(a => a.firstChild.textContent.trim() + '|' + (a.querySelector('sup') ? a.querySelector('sup').textContent : ''))");
        var byDate = heads.Select(h => h.Split('|')).GroupBy(h => h[0]).ToList();
        Assert.Contains(byDate, g => g.Count() > 1);
        Assert.All(byDate.Where(g => g.Count() > 1), g => Assert.Equal(g.Count(), g.Select(h => h[1]).Where(n => n != "").Distinct().Count()));
        Assert.All(byDate.Where(g => g.Count() == 1), g => Assert.Equal("", g.Single()[1]));

        // The latest lesson one may write into: its header opens the lesson panel, where an assessment is added.
        var open = page.Locator("#journal-grid thead th.jg-att[data-open='1']");
        var lessonId = await open.Last.GetAttributeAsync("data-id");
        await page.Locator($"#journal-grid thead a[href='/Journal/Lesson?lessonId={lessonId}']").ClickAsync();
        var title = "Проверка " + Guid.NewGuid().ToString("N")[..6];
        await page.GetByLabel("Вид работы", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Ответ на уроке (вес 1)" });
        await page.GetByLabel("Название задания").FillAsync(title);
        await page.GetByRole(AriaRole.Button, new() { Name = "Добавить задание" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Задание добавлено");
        await page.GotoAsync(gridUrl);

        // Which rows take a mark (on the list, no attendance code) and which an absence (also no mark in the lesson).
        var plan = await page.EvaluateAsync<int[]>(@"title => {
            const heads = Array.from(document.querySelectorAll('#journal-grid thead tr:nth-child(2) th'));
            const m = heads.findIndex(th => (th.title || '').includes(title));
            const att = heads.findIndex((th, i) => i > m && th.dataset.kind === 'a');
            let first = att;
            while (first > 0 && heads[first - 1].dataset.kind === 'm') first--;
            const rows = Array.from(document.querySelectorAll('#journal-grid tbody tr'));
            const out = [m, att];
            rows.forEach((tr, r) => {
                const a = tr.cells[att + 1];
                if (a.classList.contains('off') || a.textContent.trim() !== '') return;
                const lessonEmpty = heads.slice(first, att).every((h, k) => tr.cells[first + k + 1].textContent.trim() === '');
                out.push(r * 10 + (lessonEmpty ? 1 : 0));
            });
            return out;
        }", title);
        var (markColumn, attendanceColumn) = (plan[0], plan[1]);
        var free = plan.Skip(2).Select(x => (Row: x / 10, Empty: x % 10 == 1)).ToList();
        var markRows = free.Take(10).Select(x => x.Row).ToList();
        var absenceRows = free.Skip(10).Where(x => x.Empty).Take(2).Select(x => x.Row).ToList();
        var invalidRow = absenceRows[0];
        Assert.Equal(10, markRows.Count);
        Assert.Equal(2, absenceRows.Count);
        string[] marks = ["5", "4", "3", "5", "4", "2", "5", "3", "4", "5"];

        // Keyboard only: into the grid, to the new column, then a digit and a step down per student.
        var cursor = (Row: 0, Column: 0);
        var grid = page.Locator("#journal-grid");
        await page.Locator("#journal-grid td[tabindex='0']").FocusAsync();
        cursor = await CursorAsync(page);
        async Task GoAsync(int row, int column)
        {
            for (; cursor.Column < column; cursor.Column++) { await page.Keyboard.PressAsync("ArrowRight"); }
            for (; cursor.Column > column; cursor.Column--) { await page.Keyboard.PressAsync("ArrowLeft"); }
            for (; cursor.Row < row; cursor.Row++) { await page.Keyboard.PressAsync("ArrowDown"); }
            for (; cursor.Row > row; cursor.Row--) { await page.Keyboard.PressAsync("ArrowUp"); }
        }

        for (var i = 0; i < 10; i++)
        {
            await GoAsync(markRows[i], markColumn);
            await page.Keyboard.PressAsync(marks[i]);
        }

        foreach (var row in absenceRows)
        {
            await GoAsync(row, attendanceColumn);
            await page.Keyboard.PressAsync("KeyY"); // «Н» on the Russian layout, typed on a Latin one
        }

        await Assertions.Expect(grid.Locator("td.saving, td.unsaved")).ToHaveCountAsync(0);
        Assert.Equal(0, await grid.Locator("td.error").CountAsync());
        await BrowserApp.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "journal-grid");

        // A key off the scale: refused in Russian, the cell stays empty, the others keep their marks.
        await GoAsync(invalidRow, markColumn);
        await page.Keyboard.PressAsync("7");
        await Assertions.Expect(page.Locator("#jg-status")).ToContainTextAsync("ставятся отметки");
        await Assertions.Expect(grid.Locator("td.error")).ToHaveCountAsync(1);

        // Offline: typed marks wait, visibly, and are saved when the network is back.
        await page.Context.SetOfflineAsync(true);
        await GoAsync(markRows[0], markColumn);
        await page.Keyboard.PressAsync("4");
        await GoAsync(markRows[1], markColumn);
        await page.Keyboard.PressAsync("5");
        await Assertions.Expect(grid.Locator("td.unsaved")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#jg-unsaved")).ToContainTextAsync("Не сохранено: 2");
        await page.Context.SetOfflineAsync(false);
        await Assertions.Expect(grid.Locator("td.unsaved, td.saving")).ToHaveCountAsync(0, new() { Timeout = 20000 });
        await Assertions.Expect(page.Locator("#jg-unsaved")).ToBeHiddenAsync();
        marks[0] = "4";
        marks[1] = "5";

        var averages = await RowTextsAsync(page, markRows, "td.jg-avg");
        await page.ReloadAsync();
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(marks[i], await CellAsync(page, markRows[i], markColumn));
        }

        foreach (var row in absenceRows)
        {
            Assert.Equal("Н", await CellAsync(page, row, attendanceColumn));
        }

        Assert.Equal(averages, await RowTextsAsync(page, markRows, "td.jg-avg"));
        Assert.All(averages, a => Assert.Matches(@"^\d,\d\d$", a));
        var phone = await app.NewPageAsync(360, 740);
        await BrowserApp.SignInAsync(phone, "teacher");
        await phone.GotoAsync(gridUrl);
        await BrowserApp.ScreenshotAsync(phone, "journal-grid-phone");
        await phone.Context.CloseAsync();

        // Clear what the journey set: the marks and absences (Delete), then the assessment.
        await page.Locator("#journal-grid td[tabindex='0']").FocusAsync();
        cursor = await CursorAsync(page);
        foreach (var row in markRows)
        {
            await GoAsync(row, markColumn);
            await page.Keyboard.PressAsync("Delete");
        }

        foreach (var row in absenceRows)
        {
            await GoAsync(row, attendanceColumn);
            await page.Keyboard.PressAsync("Delete");
        }

        await Assertions.Expect(grid.Locator("td.saving, td.unsaved")).ToHaveCountAsync(0);
        await page.GotoAsync($"/Journal/Lesson?lessonId={lessonId}");
        var form = page.Locator("form").Filter(new() { Has = page.Locator($"input[value='{title}']") });
        await form.GetByRole(AriaRole.Button, new() { Name = "Удалить" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Задание удалено");
        await page.Context.CloseAsync();
    }

    private static async Task<(int Row, int Column)> CursorAsync(IPage page)
    {
        var at = await page.EvaluateAsync<int[]>(@"() => {
            const td = document.activeElement;
            return [Array.from(td.closest('tbody').rows).indexOf(td.parentElement), td.cellIndex - 1];
        }");
        return (at[0], at[1]);
    }

    private static Task<string> CellAsync(IPage page, int row, int column) =>
        page.EvaluateAsync<string>("([r, c]) => document.querySelector('#journal-grid tbody').rows[r].cells[c + 1].textContent.trim()", new[] { row, column });

    private static async Task<List<string>> RowTextsAsync(IPage page, List<int> rows, string selector)
    {
        var texts = new List<string>();
        foreach (var row in rows)
        {
            texts.Add(await page.Locator("#journal-grid tbody tr").Nth(row).Locator(selector).InnerTextAsync());
        }

        return texts;
    }
}
