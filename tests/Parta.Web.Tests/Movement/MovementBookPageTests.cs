using Parta.Access;
using Parta.Movement;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.Movement;

/// <summary>The movement book page: a heading per month with its count, one stated order, a hundred records a page.</summary>
public sealed class MovementBookPageTests(TestApps apps)
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Book_GroupsByMonth_AndOrdersByDateThenClassByGradeThenSurname(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var class2A = await app.CreateClassAsync(school, 2, "А");
        var class10A = await app.CreateClassAsync(school, 10, "А");
        var october = new DateOnly(2026, 10, 5);
        await app.AddStudentAsync(school, class10A, "Алексеев", "Пётр", admittedOn: october);
        await app.AddStudentAsync(school, class2A, "Яковлева", "Анна", admittedOn: october);
        await app.AddStudentAsync(school, class2A, "Ёлкина", "Вера", admittedOn: october);
        await app.AddStudentAsync(school, class2A, "Борисова", "Ольга", admittedOn: october);
        var leaving = await app.AddStudentAsync(school, class10A, "Уходящий", "Иван");
        await app.RecordMovementAsync(school, leaving, MovementKind.Withdrawal, null, new DateOnly(2026, 9, 20));
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));

        var book = await client.GetDocumentAsync("/Movement?from=2026-09-01&to=2026-12-31");

        Assert.Equal(["Сентябрь 2026 · 2 записи", "Октябрь 2026 · 4 записи"], book.QuerySelectorAll("tr.book-month th").Select(th => th.TextContent.Trim()));
        var october2026 = book.QuerySelectorAll("table.movement-book tbody")[1].QuerySelectorAll("tr:not(.book-month)")
            .Select(r => r.QuerySelectorAll("td")[2].TextContent.Trim() + " " + r.QuerySelectorAll("td")[5].TextContent.Trim());
        Assert.Equal(["Борисова Ольга 2А", "Ёлкина Вера 2А", "Яковлева Анна 2А", "Алексеев Пётр 10А"], october2026);
        var september = book.QuerySelectorAll("table.movement-book tbody")[0].QuerySelectorAll("tr:not(.book-month)").Select(r => r.QuerySelectorAll("td")[1].TextContent.Trim());
        Assert.Equal(["Прибытие", "Выбытие"], september);
        var region = book.QuerySelector("div.table-scroll[role=region]")!;
        Assert.Equal(("0", "Записи книги движения"), (region.GetAttribute("tabindex"), region.GetAttribute("aria-label")));
        Assert.Contains("sticky-head", region.QuerySelector("table")!.ClassList);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Book_OfMoreThanAHundredRecords_IsPaged_AndTheSpreadsheetHoldsThemAll(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var class5A = await app.CreateClassAsync(school, 5, "А");
        for (var i = 1; i <= 101; i++)
        {
            await app.AddStudentAsync(school, class5A, $"Ученик{i:000}", "Анна");
        }

        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));

        var first = await client.GetDocumentAsync($"/Movement?from=2026-09-01&to=2026-09-30&classId={class5A}");
        var nextLink = first.QuerySelector("nav[aria-label='Страницы списка'] a[aria-label='Страница 2']")!.GetAttribute("href")!;
        var second = await client.GetDocumentAsync(nextLink);
        var sheet = await client.GetAsync($"/Movement?handler=Xlsx&from=2026-09-01&to=2026-09-30&classId={class5A}&p=2");

        Assert.Equal(100, first.QuerySelectorAll("tbody tr:not(.book-month)").Length);
        Assert.Equal("Ученик001 Анна", first.QuerySelectorAll("tbody tr:not(.book-month)")[0].QuerySelectorAll("td")[2].TextContent.Trim());
        Assert.Contains("Записей: 101 (страница 1 из 2", first.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains($"classId={class5A}", nextLink, StringComparison.Ordinal);
        Assert.Contains("p=2", nextLink, StringComparison.Ordinal);
        var rows = second.QuerySelectorAll("tbody tr:not(.book-month)");
        Assert.Equal("Ученик101 Анна", Assert.Single(rows).QuerySelectorAll("td")[2].TextContent.Trim());
        Assert.Equal("Сентябрь 2026 · 101 запись (продолжение)", second.QuerySelector("tr.book-month th")!.TextContent.Trim());
        var records = MiniExcelLibs.MiniExcel.Query(new MemoryStream(await sheet.Content.ReadAsByteArrayAsync()), useHeaderRow: true).Count();
        Assert.Equal(101, records);
    }
}
