using Microsoft.Playwright;

namespace Parta.Browser.Tests.People;

/// <summary>The coordinator adds a student's grandmother as a legal representative, from the student's card.</summary>
public sealed class GuardiansJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Coordinator_AddsAGrandmotherToIvan_SeesHerOnHisCardAndInTheListOfParents()
    {
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, "coordinator");
        await BrowserApp.OpenMenuAsync(page, "Люди", "Учащиеся");
        await page.GetByLabel("Фамилия, имя или отчество").FillAsync("кузнецов иван");
        await page.GetByRole(AriaRole.Button, new() { Name = "Найти" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Кузнецов Иван Дмитриевич", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Кузнецов Иван Дмитриевич", Level = 1 })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Добавить родителя" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Новый родитель");
        await Assertions.Expect(page.GetByText("Учащийся: Кузнецов Иван Дмитриевич")).ToBeVisibleAsync();
        await page.GetByLabel("Фамилия").FillAsync("Солнцева");
        await page.GetByLabel("Имя", new() { Exact = true }).FillAsync("Галина");
        await page.GetByLabel("Отчество").FillAsync("Петровна");
        await page.GetByLabel("Телефон").FillAsync("+7 900 111-22-33");
        await page.GetByLabel("Электронная почта").FillAsync("солнцева@");
        await page.GetByLabel("Кем приходится учащемуся").FillAsync("бабушка");
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }).ClickAsync();
        await Assertions.Expect(page.GetByText("«Электронная почта»: введите адрес электронной почты, например ivanova@example.ru.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Фамилия")).ToHaveValueAsync("Солнцева");
        await Assertions.Expect(page.GetByText("Учащийся: Кузнецов Иван Дмитриевич")).ToBeVisibleAsync();
        await BrowserApp.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "people-guardian-new-error");

        await page.GetByLabel("Электронная почта").FillAsync("solntseva@example.ru");
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Карточка родителя сохранена.");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Кузнецов Иван Дмитриевич", Level = 1 })).ToBeVisibleAsync();
        await page.ReloadAsync();
        var grandmother = page.Locator("table.guardians tbody tr", new() { HasText = "Солнцева Галина Петровна" });
        await Assertions.Expect(grandmother).ToContainTextAsync("бабушка");
        await Assertions.Expect(grandmother).ToContainTextAsync("+7 900 111-22-33");
        await Assertions.Expect(grandmother).ToContainTextAsync("solntseva@example.ru");
        await Assertions.Expect(page.Locator("table.guardians tbody tr", new() { HasText = "Кузнецов Дмитрий Сергеевич" })).ToContainTextAsync("отец");
        await BrowserApp.ScreenshotAsync(page, "people-student-card-guardian-added");

        await page.GotoAsync("/People/Guardians");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Родители и законные представители");
        await page.GetByLabel("Фамилия, имя или отчество").FillAsync("солнцева");
        await page.GetByRole(AriaRole.Button, new() { Name = "Найти" }).ClickAsync();
        var row = page.Locator("table.guardians-list tbody tr", new() { HasText = "Солнцева Галина Петровна" });
        await Assertions.Expect(row).ToContainTextAsync("Кузнецов Иван");
        await Assertions.Expect(row.Locator("td").Nth(2)).ToHaveTextAsync("нет");
        await BrowserApp.ScreenshotAsync(page, "people-guardians-search");
        await page.Context.CloseAsync();
    }
}
