using Microsoft.Playwright;

namespace Parta.Browser.Tests.People;

/// <summary>The coordinator keeps the list of the school's staff: a new teacher with her positions, found again by name.</summary>
public sealed class StaffJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Coordinator_AddsAStaffMemberWithPositions_FindsHerAndAddsAPosition()
    {
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, "coordinator");

        await BrowserApp.OpenMenuAsync(page, "Люди", "Сотрудники");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Сотрудники");
        await Assertions.Expect(page.Locator("table.staff-list")).ToContainTextAsync("Соколова Елена Викторовна");
        await page.GetByRole(AriaRole.Link, new() { Name = "Добавить сотрудника" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Новый сотрудник");
        await page.GetByLabel("Электронная почта").FillAsync("не почта");
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Заполните поле «Фамилия».")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Заполните поле «Имя».")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("«Электронная почта»: введите адрес электронной почты, например ivanova@example.ru.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Электронная почта")).ToHaveValueAsync("не почта");

        await page.GetByLabel("Фамилия").FillAsync("Жемчужникова");
        await page.GetByLabel("Имя", new() { Exact = true }).FillAsync("Злата");
        await page.GetByLabel("Отчество").FillAsync("Игоревна");
        await page.GetByLabel("Телефон").FillAsync("+7 912 345-67-89");
        await page.GetByLabel("Электронная почта").FillAsync("zhemchuzhnikova@example.ru");
        await page.GetByLabel("учитель", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Другая должность").FillAsync("руководитель школьного музея");
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Карточка сотрудника сохранена.");
        await page.GetByLabel("Фамилия, имя или отчество").FillAsync("жемчужникова");
        await page.GetByRole(AriaRole.Button, new() { Name = "Найти" }).ClickAsync();
        var rows = page.Locator("table.staff-list tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First).ToContainTextAsync("Жемчужникова Злата Игоревна");
        await Assertions.Expect(rows.First).ToContainTextAsync("учитель");
        await Assertions.Expect(rows.First).ToContainTextAsync("руководитель школьного музея");
        await Assertions.Expect(rows.First.Locator("td").Nth(2)).ToHaveTextAsync("—");
        await BrowserApp.ScreenshotAsync(page, "people-staff-search");

        await rows.First.GetByRole(AriaRole.Link, new() { Name = "Жемчужникова Злата Игоревна" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Карточка сотрудника");
        await Assertions.Expect(page.GetByLabel("Телефон")).ToHaveValueAsync("+7 912 345-67-89");
        await Assertions.Expect(page.GetByLabel("учитель", new() { Exact = true })).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByLabel("Другая должность")).ToHaveValueAsync("руководитель школьного музея");
        await page.GetByLabel("педагог-психолог", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Карточка сотрудника сохранена.");

        await page.GotoAsync("/People/Staff?q=" + Uri.EscapeDataString("злата"));
        var row = page.Locator("table.staff-list tbody tr", new() { HasText = "Жемчужникова Злата Игоревна" });
        await Assertions.Expect(row).ToContainTextAsync("педагог-психолог");
        await Assertions.Expect(row).ToContainTextAsync("руководитель школьного музея");
        await BrowserApp.ScreenshotAsync(page, "people-staff-edited");
        await page.Context.CloseAsync();
    }
}
