using Microsoft.Playwright;

namespace Parta.Browser.Tests.Organisation;

/// <summary>
/// The coordinator prepares a school year: its periods, what each grade follows, and its calendar. Each journey works in
/// a far-future year of its own, so the demo's current year and the other journeys are left alone.
/// </summary>
public sealed class YearsJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Coordinator_CreatesAYear_GeneratesQuartersAndHalves_Grade10KeepsHalvesAndASixDayWeek()
    {
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, "coordinator");
        await BrowserApp.OpenMenuAsync(page, "Школа", "Учебный год");
        await page.GetByRole(AriaRole.Link, new() { Name = "Добавить учебный год" }).ClickAsync();
        await page.GetByLabel("Название").FillAsync("2031/2032");
        await page.GetByLabel("Начало").FillAsync("2031-09-01");
        await page.GetByLabel("Окончание").FillAsync("2032-08-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Учебный год «2031/2032» добавлен.");
        await Assertions.Expect(page.GetByText("Схем периодов пока нет.")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Создать: четверти" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Схема «Четверти» создана: проверьте даты периодов.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Создать: полугодия" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Схема «Полугодия» создана: проверьте даты периодов.");
        var quarters = page.GetByRole(AriaRole.Region, new() { Name = "Четверти" });
        await Assertions.Expect(quarters.Locator("tbody tr")).ToHaveCountAsync(4);
        await Assertions.Expect(quarters.Locator("tbody tr").First).ToContainTextAsync("1 четверть01.09.2031");
        var halves = page.GetByRole(AriaRole.Region, new() { Name = "Полугодия" });
        await Assertions.Expect(halves.Locator("tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(halves.Locator("tbody tr").Nth(1)).ToContainTextAsync("2 полугодие");

        await page.GetByLabel("Схема периодов, 10 классы").SelectOptionAsync(new SelectOptionValue { Label = "Полугодия" });
        await page.GetByLabel("Учебная неделя, 10 классы").SelectOptionAsync(new SelectOptionValue { Label = "шестидневная" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить параллели" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Настройки параллелей сохранены.");
        await page.ReloadAsync();

        await Assertions.Expect(page.GetByLabel("Схема периодов, 10 классы").Locator("option:checked")).ToHaveTextAsync("Полугодия");
        await Assertions.Expect(page.GetByLabel("Учебная неделя, 10 классы").Locator("option:checked")).ToHaveTextAsync("шестидневная");
        await Assertions.Expect(page.GetByLabel("Схема периодов, 9 классы").Locator("option:checked")).ToHaveTextAsync("— не выбрана —");
        await Assertions.Expect(page.GetByLabel("Учебная неделя, 9 классы").Locator("option:checked")).ToHaveTextAsync("пятидневная");
        await BrowserApp.ScreenshotAsync(page, "organisation-year-details");

        await page.Locator(".breadcrumb").GetByRole(AriaRole.Link, new() { Name = "Учебные годы" }).ClickAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "2031/2032" });
        await Assertions.Expect(row).ToContainTextAsync("01.09.2031");
        await Assertions.Expect(row.Locator("td").Nth(3)).ToHaveTextAsync("2");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Coordinator_EditsACustomScheme_OverlapIsRefusedInRussianAndKeepsTheDates_ThenSaves()
    {
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, "coordinator");
        await YearSteps.CreateYearAsync(page, 2033);
        await page.GetByRole(AriaRole.Link, new() { Name = "Добавить схему периодов" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Новая схема периодов");
        await page.GetByLabel("Название схемы").FillAsync("Модули");
        await page.GetByLabel("Вид периодов").SelectOptionAsync(new SelectOptionValue { Label = "Особая схема" });
        await page.GetByLabel("Название периода 1").FillAsync("1 модуль");
        await page.GetByLabel("Начало периода 1").FillAsync("2033-09-01");
        await page.GetByLabel("Окончание периода 1").FillAsync("2033-11-15");
        await page.GetByLabel("Название периода 2").FillAsync("2 модуль");
        await page.GetByLabel("Начало периода 2").FillAsync("2033-11-24");
        await page.GetByLabel("Окончание периода 2").FillAsync("2034-02-20");
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Схема периодов сохранена.");
        var modules = page.GetByRole(AriaRole.Region, new() { Name = "Модули" });
        await Assertions.Expect(modules.GetByRole(AriaRole.Heading)).ToContainTextAsync("Модули (Особая схема)");

        await modules.GetByRole(AriaRole.Link, new() { Name = "изменить" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Схема периодов «Модули»");
        await Assertions.Expect(page.GetByLabel("Начало периода 2")).ToHaveValueAsync("2033-11-24");
        await page.GetByLabel("Начало периода 2").FillAsync("2033-11-10");
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Периоды «1 модуль» и «2 модуль» пересекаются.");
        await Assertions.Expect(page.GetByLabel("Начало периода 2")).ToHaveValueAsync("2033-11-10");
        await Assertions.Expect(page.GetByLabel("Окончание периода 2")).ToHaveValueAsync("2034-02-20");
        await BrowserApp.ScreenshotAsync(page, "organisation-scheme-overlap");

        await page.GetByLabel("Начало периода 2").FillAsync("2033-11-17");
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Схема периодов сохранена.");
        await page.ReloadAsync();
        var second = modules.Locator("tbody tr").Nth(1);
        await Assertions.Expect(second).ToContainTextAsync("2 модуль");
        await Assertions.Expect(second.Locator("td").Nth(2)).ToHaveTextAsync("17.11.2033");
        await Assertions.Expect(second.Locator("td").Nth(3)).ToHaveTextAsync("20.02.2034");
        await BrowserApp.ScreenshotAsync(page, "organisation-scheme-saved");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Coordinator_AddsHolidaysToTheCalendar_SeesThemListedAndNotASchoolDay_RemovesThem()
    {
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, "coordinator");
        await YearSteps.CreateYearAsync(page, 2034);
        await page.GetByRole(AriaRole.Link, new() { Name = "Календарный график" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Календарный учебный график 2034/2035");

        await page.GetByLabel("Вид").SelectOptionAsync(new SelectOptionValue { Label = "Каникулы" });
        await page.GetByLabel("Название").FillAsync("Осенние каникулы");
        await page.GetByLabel("С", new() { Exact = true }).FillAsync("2034-10-28");
        await page.GetByLabel("По (для одного дня — пусто)").FillAsync("2034-11-05");
        await page.GetByRole(AriaRole.Button, new() { Name = "Добавить" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("«Осенние каникулы» добавлено в календарь.");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Осенние каникулы" });
        await Assertions.Expect(row).ToContainTextAsync("28.10.2034");
        await Assertions.Expect(row).ToContainTextAsync("05.11.2034");
        await Assertions.Expect(row).ToContainTextAsync("все");
        await page.GetByLabel("Дата", new() { Exact = true }).FillAsync("2034-10-31");
        await page.GetByLabel("Параллель", new() { Exact = true }).FillAsync("5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Учебный ли день?" }).ClickAsync();
        await Assertions.Expect(page.Locator("#check-answer")).ToHaveTextAsync("31.10.2034 для 5 классов — не учебный день");
        await BrowserApp.ScreenshotAsync(page, "organisation-calendar-holidays");

        await page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Осенние каникулы" }).GetByRole(AriaRole.Button, new() { Name = "Удалить" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("«Осенние каникулы» удалено из календаря.");
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Осенние каникулы" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Календарный учебный график 2034/2035");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Accessibility_DetailsOfTheCurrentYear_HasNoSeriousOrCriticalViolations()
    {
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, "coordinator");
        await page.GotoAsync("/Organisation/Years");
        await page.GetByRole(AriaRole.Link, new() { Name = "2026/2027", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Учебный год 2026/2027");

        await BrowserApp.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "a11y-coordinator-Organisation-Years-Details");
        await page.Context.CloseAsync();
    }
}
