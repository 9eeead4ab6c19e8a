using Microsoft.Playwright;

namespace Parta.Browser.Tests.Movement;

/// <summary>
/// The coordinator corrects and cancels records of the movement book, reads an order, the report, the alphabetical book
/// and a class list on a date, and downloads them. Each journey records its own students (surnames no demo student has).
/// </summary>
public sealed class MovementBookJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Coordinator_CorrectsAnOrderNumberAndCancelsARecord_TheBookAndTheOrderShowIt()
    {
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, "coordinator");
        await AdmitAsync(page, "2А", "Белозёрова", "Полина", "Игоревна", "2018-03-14", "2026-10-05", "7701-у");
        await AdmitAsync(page, "2А", "Громов", "Тимур", "Олегович", "2018-07-02", "2026-10-05", "7701-у");

        await page.GotoAsync("/Movement?from=2026-10-05&to=2026-10-05");
        var belozyorova = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Белозёрова Полина Игоревна" });
        await belozyorova.GetByRole(AriaRole.Link, new() { Name = "№ 7701-у от 05.10.2026" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Приказ № 7701-у от 05.10.2026");
        await Assertions.Expect(page.GetByText("Записей книги движения по приказу: 2")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("table.order-records tbody tr").Filter(new() { HasText = "Белозёрова Полина Игоревна" })).ToContainTextAsync("2А");
        await Assertions.Expect(page.Locator("table.order-records tbody tr").Filter(new() { HasText = "Громов Тимур Олегович" })).ToContainTextAsync("Прибытие");
        await BrowserApp.ScreenshotAsync(page, "movement-order");

        await page.GotoAsync("/Movement?from=2026-10-05&to=2026-10-05");
        var gromov = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Громов Тимур Олегович" });
        await gromov.GetByRole(AriaRole.Link, new() { Name = "Исправить запись" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Исправление записи");
        await Assertions.Expect(page.GetByText("Прибытие 05.10.2026: Громов Тимур Олегович")).ToBeVisibleAsync();
        await page.GetByLabel("Номер приказа").FillAsync("7702-у");
        await page.GetByLabel("Причина исправления").FillAsync("опечатка в номере приказа");
        await page.GetByRole(AriaRole.Button, new() { Name = "Исправить запись" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Запись исправлена.");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Приказ № 7702-у от 05.10.2026");
        await Assertions.Expect(page.Locator("table.order-records tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("table.order-records tbody tr")).ToContainTextAsync("Громов Тимур Олегович");
        await page.GotoAsync("/Movement?from=2026-10-05&to=2026-10-05");
        await Assertions.Expect(gromov).ToContainTextAsync("№ 7702-у от 05.10.2026");
        await Assertions.Expect(belozyorova).ToContainTextAsync("№ 7701-у от 05.10.2026");

        await belozyorova.GetByRole(AriaRole.Link, new() { Name = "Отменить запись" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Отмена записи");
        await page.GetByLabel("Причина отмены").FillAsync("внесена по ошибке: учащаяся не прибыла");
        await page.GetByRole(AriaRole.Button, new() { Name = "Отменить запись" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Запись отменена.");

        await page.GotoAsync("/Movement?from=2026-10-05&to=2026-10-05");
        await Assertions.Expect(belozyorova).ToContainTextAsync("Прибытие (отменена)");
        await Assertions.Expect(belozyorova.Locator("td").Nth(7)).ToHaveTextAsync("отменена: внесена по ошибке: учащаяся не прибыла");
        await Assertions.Expect(belozyorova.GetByRole(AriaRole.Link, new() { Name = "Отменить запись" })).ToHaveCountAsync(0);
        await Assertions.Expect(belozyorova.GetByRole(AriaRole.Link, new() { Name = "Исправить запись" })).ToHaveCountAsync(0);
        await Assertions.Expect(gromov.GetByRole(AriaRole.Link, new() { Name = "Отменить запись" })).ToHaveCountAsync(1);
        await BrowserApp.ScreenshotAsync(page, "movement-book-cancelled");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Coordinator_AdmitsAndTransfersAStudent_ReportAgrees_AlphabeticalBookAndClassListsShowHim()
    {
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, "coordinator");
        await AdmitAsync(page, "6А", "Ярошевич", "Мирон", "Павлович", "2014-01-23", "2026-10-12", "7711-у");
        await page.GotoAsync("/Movement/Record");
        await page.GetByLabel("Событие").SelectOptionAsync(new SelectOptionValue { Label = "Перевод в другой класс" });
        await page.GetByLabel("Класс").SelectOptionAsync(new SelectOptionValue { Label = "6Б" });
        await page.GetByLabel("Учащийся").FillAsync("ярош");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ярошевич Мирон Павлович, 6А, 23.01.2014" }).ClickAsync();
        await page.GetByLabel("Дата события").FillAsync("2026-10-19");
        await page.GetByLabel("Номер приказа").FillAsync("7712-у");
        await page.GetByLabel("Дата приказа").FillAsync("2026-10-19");
        await page.GetByRole(AriaRole.Button, new() { Name = "Внести запись" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Запись внесена в книгу движения.");

        await page.GotoAsync("/Movement?from=2026-10-01&to=2026-10-31");
        await page.GetByRole(AriaRole.Link, new() { Name = "Отчёт о движении" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Отчёт о движении учащихся с 01.10.2026 по 31.10.2026");
        var report = page.Locator("table.movement-report");
        var total = report.Locator("tbody tr").Last;
        await Assertions.Expect(total.GetByRole(AriaRole.Rowheader)).ToHaveTextAsync("Всего");
        await Assertions.Expect(report).Not.ToContainTextAsync("не сходится");
        var class6A = report.Locator("tbody tr").Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = "6А", Exact = true }) });
        var class6B = report.Locator("tbody tr").Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = "6Б", Exact = true }) });
        Assert.True(await NumberAsync(class6A.Locator("td").Nth(1)) >= 1, "6А: arrived from other schools");
        Assert.True(await NumberAsync(class6A.Locator("td").Nth(3)) >= 1, "6А: left for other classes");
        Assert.True(await NumberAsync(class6B.Locator("td").Nth(2)) >= 1, "6Б: came from other classes");
        Assert.True(await NumberAsync(total.Locator("td").Nth(1)) >= 1, "the total counts the arrival");
        await BrowserApp.ScreenshotAsync(page, "movement-report");

        await page.GotoAsync("/Movement");
        await page.GetByRole(AriaRole.Link, new() { Name = "Алфавитная книга" }).ClickAsync();
        var letter = page.GetByRole(AriaRole.Region, new() { Name = "Я", Exact = true });
        var entry = letter.GetByRole(AriaRole.Row).Filter(new() { HasText = "Ярошевич Мирон Павлович" });
        await Assertions.Expect(entry).ToContainTextAsync("23.01.2014");
        await Assertions.Expect(entry).ToContainTextAsync("12.10.2026");
        await Assertions.Expect(entry).ToContainTextAsync("6А");
        await Assertions.Expect(entry.Locator("td").First).ToContainTextAsync("Я-");
        await BrowserApp.ScreenshotAsync(page, "movement-alphabetical");

        await page.GotoAsync("/Movement");
        await page.GetByRole(AriaRole.Link, new() { Name = "Список класса на дату" }).ClickAsync();
        await page.GetByLabel("Класс").SelectOptionAsync(new SelectOptionValue { Label = "6А" });
        await page.GetByLabel("Дата").FillAsync("2026-10-18");
        await page.GetByRole(AriaRole.Button, new() { Name = "Показать" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Список 6А класса на 18.10.2026");
        await Assertions.Expect(page.Locator("ol.class-list")).ToContainTextAsync("Ярошевич Мирон Павлович");
        await page.GetByLabel("Дата").FillAsync("2026-10-19");
        await page.GetByRole(AriaRole.Button, new() { Name = "Показать" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Список 6А класса на 19.10.2026");
        await Assertions.Expect(page.Locator("ol.class-list")).Not.ToContainTextAsync("Ярошевич");
        await page.GetByLabel("Дата").FillAsync("2026-10-11");
        await page.GetByRole(AriaRole.Button, new() { Name = "Показать" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Список 6А класса на 11.10.2026");
        await Assertions.Expect(page.Locator("ol.class-list")).Not.ToContainTextAsync("Ярошевич");
        await BrowserApp.ScreenshotAsync(page, "movement-class-list-before-arrival");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Coordinator_DownloadsTheBookReportClassListAndAlphabeticalBook_AsXlsxFiles()
    {
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, "coordinator");

        await page.GotoAsync("/Movement?from=2026-09-01&to=2026-11-30");
        await AssertXlsxDownloadAsync(page, "книга-движения-2026-09-01-2026-11-30.xlsx");

        await page.GotoAsync("/Movement/Report?from=2026-09-01&to=2026-11-30");
        await AssertXlsxDownloadAsync(page, "движение-2026-09-01-2026-11-30.xlsx");

        await page.GotoAsync("/Movement/ClassList");
        await page.GetByLabel("Класс").SelectOptionAsync(new SelectOptionValue { Label = "5А" });
        await page.GetByLabel("Дата").FillAsync("2026-11-02");
        await page.GetByRole(AriaRole.Button, new() { Name = "Показать" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Список 5А класса на 02.11.2026");
        await AssertXlsxDownloadAsync(page, "список-5А-2026-11-02.xlsx");

        await page.GotoAsync("/Movement/Alphabetical");
        await AssertXlsxDownloadAsync(page, "алфавитная-книга.xlsx");
        await page.Context.CloseAsync();
    }


    /// <summary>Records the arrival of a new student from another school, through the form, and waits for the book.</summary>
    private static async Task AdmitAsync(
        IPage page, string className, string lastName, string firstName, string middleName, string birthDate, string date, string order)
    {
        await page.GotoAsync("/Movement/Record");
        await page.GetByLabel("Событие").SelectOptionAsync(new SelectOptionValue { Label = "Прибытие" });
        await page.GetByLabel("Класс").SelectOptionAsync(new SelectOptionValue { Label = className });
        await page.GetByLabel("Фамилия").FillAsync(lastName);
        await page.GetByLabel("Имя", new() { Exact = true }).FillAsync(firstName);
        await page.GetByLabel("Отчество").FillAsync(middleName);
        await page.GetByLabel("Дата рождения").FillAsync(birthDate);
        await page.GetByLabel("Дата события").FillAsync(date);
        await page.GetByLabel("Номер приказа").FillAsync(order);
        await page.GetByLabel("Дата приказа").FillAsync(date);
        await page.GetByRole(AriaRole.Button, new() { Name = "Внести запись" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Запись внесена в книгу движения.");
    }

    private static async Task AssertXlsxDownloadAsync(IPage page, string fileName)
    {
        var download = await page.RunAndWaitForDownloadAsync(
            () => page.GetByRole(AriaRole.Link, new() { Name = "Скачать XLSX" }).ClickAsync());

        Assert.Equal(fileName, download.SuggestedFilename);
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        var path = await download.PathAsync();
        Assert.True(new FileInfo(path).Length > 0, $"{fileName} is empty");
    }

    private static async Task<int> NumberAsync(ILocator cell) =>
        int.Parse(await cell.InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
}
