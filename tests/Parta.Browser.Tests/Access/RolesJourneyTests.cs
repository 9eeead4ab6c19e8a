using Microsoft.Playwright;
using Parta.Browser.Tests.Admin;

namespace Parta.Browser.Tests.Access;

/// <summary>
/// The coordinator of a new school gives a new teacher an account and then a second role. A school of its own, so that
/// creating accounts for every staff member without one touches no other journey's people.
/// </summary>
public sealed class RolesJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Coordinator_GivesANewTeacherTheDeputyDirectorsRole_TheRoleStaysAfterReload()
    {
        var coordinator = await NewSchool.WithCoordinatorAsync(app, "СШ № 3 Сосновка", "Сосновская", "Инна");
        var page = await app.NewPageAsync();
        await NewSchool.SignInFirstTimeAsync(page, coordinator, "сосны шумят над рекой");

        await BrowserApp.OpenMenuAsync(page, "Люди", "Сотрудники");
        await page.GetByRole(AriaRole.Link, new() { Name = "Добавить сотрудника" }).ClickAsync();
        await page.GetByLabel("Фамилия").FillAsync("Облепихин");
        await page.GetByLabel("Имя", new() { Exact = true }).FillAsync("Тихон");
        await page.GetByLabel("Отчество").FillAsync("Ильич");
        await page.GetByLabel("учитель", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Карточка сотрудника сохранена.");
        await page.GetByRole(AriaRole.Link, new() { Name = "Роли сотрудников" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Роли сотрудников");
        await Assertions.Expect(page.Locator("table.staff-roles tbody tr", new() { HasText = "Облепихин Тихон Ильич" }))
            .ToContainTextAsync("нет учётной записи");

        await BrowserApp.OpenMenuAsync(page, "Люди", "Учётные записи");
        await page.GetByLabel("учащимся").UncheckAsync();
        await page.GetByLabel("родителям").UncheckAsync();
        await page.GetByLabel("сотрудникам").CheckAsync();
        await page.GetByLabel("Роль сотрудников").SelectOptionAsync(new SelectOptionValue { Label = "Учитель" });
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Button, new() { Name = "Создать и напечатать письма" }).ClickAsync());
        Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.OrdinalIgnoreCase);

        await BrowserApp.OpenMenuAsync(page, "Люди", "Сотрудники");
        await page.GetByRole(AriaRole.Link, new() { Name = "Роли сотрудников" }).ClickAsync();
        var teacher = page.Locator("table.staff-roles tbody tr", new() { HasText = "Облепихин Тихон Ильич" });
        await Assertions.Expect(teacher.GetByLabel("Учитель", new() { Exact = true })).ToBeCheckedAsync();
        await Assertions.Expect(teacher.GetByLabel("Заместитель директора", new() { Exact = true })).Not.ToBeCheckedAsync();
        await teacher.GetByLabel("Заместитель директора", new() { Exact = true }).CheckAsync();
        await teacher.GetByRole(AriaRole.Button, new() { Name = "Сохранить роли: Облепихин Тихон Ильич" }).ClickAsync();
        // The form posts and redirects; reload only once the saved page has arrived.
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Роли сохранены.");

        await page.ReloadAsync();
        await Assertions.Expect(teacher.GetByLabel("Учитель", new() { Exact = true })).ToBeCheckedAsync();
        await Assertions.Expect(teacher.GetByLabel("Заместитель директора", new() { Exact = true })).ToBeCheckedAsync();
        await Assertions.Expect(teacher.GetByLabel("Координатор", new() { Exact = true })).Not.ToBeCheckedAsync();
        await BrowserApp.ScreenshotAsync(page, "access-roles-saved");

        var self = page.Locator("table.staff-roles tbody tr", new() { HasText = "Сосновская Инна" });
        await self.GetByLabel("Координатор", new() { Exact = true }).UncheckAsync();
        await self.GetByRole(AriaRole.Button, new() { Name = "Сохранить роли: Сосновская Инна", Exact = false }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Нельзя снять роль координатора с самого себя.");
        await Assertions.Expect(self.GetByLabel("Координатор", new() { Exact = true })).ToBeCheckedAsync();
        await page.Context.CloseAsync();
    }
}
