using Microsoft.Playwright;

namespace Parta.Browser.Tests.Organisation;

/// <summary>The coordinator gives a teacher a class to teach next year and checks the teacher's load.</summary>
public sealed class AssignmentsJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Coordinator_AssignsATeacherMathsIn7YuOfAFutureYear_SeesItInTheListAndTheTeachersLoad()
    {
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, "coordinator");
        // A far-future year and class of this journey's own: the demo year's load stays as it is.
        await YearSteps.CreateYearAsync(page, 2035);
        await BrowserApp.OpenMenuAsync(page, "Школа", "Классы");
        await page.GetByRole(AriaRole.Link, new() { Name = "Добавить класс" }).ClickAsync();
        await page.GetByLabel("Учебный год").SelectOptionAsync(new SelectOptionValue { Label = "2035/2036" });
        await page.GetByLabel("Параллель").SelectOptionAsync("7");
        await page.GetByLabel("Литера").FillAsync("Ю");
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Класс 7Ю добавлен.");

        await BrowserApp.OpenMenuAsync(page, "Школа", "Нагрузка");
        await page.GetByRole(AriaRole.Link, new() { Name = "Сводка нагрузки" }).ClickAsync();
        await page.GetByLabel("Учебный год").SelectOptionAsync(new SelectOptionValue { Label = "2035/2036" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Показать" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Сводка нагрузки 2035/2036");
        await Assertions.Expect(page.GetByText("Нагрузка учителям пока не распределена.")).ToBeVisibleAsync();
        await page.Locator(".breadcrumb").GetByRole(AriaRole.Link, new() { Name = "Учебная нагрузка" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Добавить нагрузку" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Новая нагрузка");
        await page.GetByLabel("Учитель").SelectOptionAsync(new SelectOptionValue { Label = "Иванова Мария Ивановна" });
        await page.GetByLabel("Предмет").SelectOptionAsync(new SelectOptionValue { Label = "Математика" });
        await page.GetByLabel("Класс или группа").SelectOptionAsync(new SelectOptionValue { Label = "7Ю" });
        await page.GetByLabel("Часов в неделю").FillAsync("5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Нагрузка добавлена.");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Учебная нагрузка 2035/2036");
        var row = page.Locator("#assignments tbody tr");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row.Locator("td").Nth(0)).ToHaveTextAsync("Иванова Мария Ивановна");
        await Assertions.Expect(row.Locator("td").Nth(1)).ToHaveTextAsync("Математика");
        await Assertions.Expect(row.Locator("td").Nth(2)).ToHaveTextAsync("7Ю");
        await Assertions.Expect(row.Locator("td").Nth(3)).ToHaveTextAsync("5");
        await BrowserApp.ScreenshotAsync(page, "organisation-assignments-added");

        await page.GetByRole(AriaRole.Link, new() { Name = "Сводка нагрузки" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Сводка нагрузки 2035/2036");
        var teacher = page.Locator("#teachers tbody tr", new() { HasText = "Иванова Мария Ивановна" });
        await Assertions.Expect(teacher.Locator("td").Nth(1)).ToHaveTextAsync("5");
        await Assertions.Expect(teacher.Locator("td").Nth(2)).ToHaveTextAsync("1");
        var cls = page.Locator("#classes tbody tr", new() { HasText = "7Ю" });
        await Assertions.Expect(cls.Locator("td").Nth(2)).ToHaveTextAsync("5");
        await BrowserApp.ScreenshotAsync(page, "organisation-assignments-load");
        await page.Context.CloseAsync();
    }
}
