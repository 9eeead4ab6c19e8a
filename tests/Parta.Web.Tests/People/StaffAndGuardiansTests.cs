using System.Net;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.People;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.People;

public sealed class StaffAndGuardiansTests(TestApps apps)
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task StaffList_ShowsPositionsInRussianOrder(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        await app.WithDbAsync(school.Id, async d =>
        {
            d.StaffMembers.Add(new StaffMember { SchoolId = school.Id, LastName = "Иванова", FirstName = "Мария", MiddleName = "Ивановна", Positions = "учитель" });
            d.StaffMembers.Add(new StaffMember { SchoolId = school.Id, LastName = "Ёжикова", FirstName = "Нина", Positions = "заместитель директора; учитель" });
            await d.SaveChangesAsync();
        });
        var teacher = await app.CreateUserAsync(school, SchoolRole.Teacher);
        using var client = await app.SignedInClientAsync(teacher);

        var page = await client.GetDocumentAsync("/People/Staff");

        var rows = page.QuerySelectorAll("table tbody tr").Select(r => (r.Children[0].TextContent.Trim(), r.Children[1].TextContent.Trim())).ToList();
        Assert.Equal([("Ёжикова Нина", "заместитель директора; учитель"), ("Иванова Мария Ивановна", "учитель")], rows);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task StaffEdit_NewWithPositions_SavesAndEmptyNameIsRefusedInRussian(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var coordinator = await app.CreateUserAsync(school, SchoolRole.Coordinator);
        using var client = await app.SignedInClientAsync(coordinator);

        var refused = await client.SubmitFormAsync("/People/Staff/Edit", new Dictionary<string, string> { ["LastName"] = "Петрова", ["FirstName"] = "" });
        var saved = await client.PostAsync("/People/Staff/Edit", new FormUrlEncodedContent(
        [
            new("LastName", "Петрова"), new("FirstName", "Анна"), new("Positions", "учитель"), new("Positions", "библиотекарь"),
            new("OtherPosition", "руководитель кружка"),
            new("__RequestVerificationToken", (await client.GetDocumentAsync("/People/Staff/Edit")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!),
        ]));

        Assert.Equal("Заполните поле «Имя».", (await PageClient.ParseAsync(refused)).MessageFor("FirstName"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var staff = await app.WithDbAsync(school.Id, d => d.StaffMembers.SingleAsync());
        Assert.Equal("учитель; библиотекарь; руководитель кружка", staff.Positions);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task GuardiansList_ByClass_ShowsChildrenWithRelation(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var c5 = await app.CreateClassAsync(school, 5, "А");
        var c7 = await app.CreateClassAsync(school, 7, "Б");
        var anna = await app.AddStudentAsync(school, c5, "Кузнецова", "Анна");
        var petr = await app.AddStudentAsync(school, c7, "Смирнов", "Пётр");
        await app.AddGuardianAsync(school, anna, "Кузнецова", "Ольга", "мать");
        await app.AddGuardianAsync(school, petr, "Смирнов", "Олег", "отец");
        var coordinator = await app.CreateUserAsync(school, SchoolRole.Coordinator);
        using var client = await app.SignedInClientAsync(coordinator);

        var page = await client.GetDocumentAsync($"/People/Guardians?classId={c5}");

        var row = Assert.Single(page.QuerySelectorAll("table tbody tr"));
        Assert.Equal("Кузнецова Ольга", row.Children[0].TextContent.Trim());
        Assert.Equal("Кузнецова Анна, 5А (мать)", row.Children[1].TextContent.Trim());
        var all = await client.GetDocumentAsync("/People/Guardians?p=7");
        Assert.Equal("Найдено: 2", all.QuerySelector("#found")!.TextContent.Trim());
        Assert.Equal(2, all.QuerySelectorAll("table tbody tr").Length);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task GuardianEdit_AddToStudent_AppearsOnTheCard(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var c5 = await app.CreateClassAsync(school, 5, "А");
        var anna = await app.AddStudentAsync(school, c5, "Кузнецова", "Анна");
        var coordinator = await app.CreateUserAsync(school, SchoolRole.Coordinator);
        using var client = await app.SignedInClientAsync(coordinator);
        var form = await client.GetDocumentAsync($"/People/Guardians/Edit?studentId={anna}");
        Assert.Equal($"/People/Students/Card?id={anna}", form.QuerySelectorAll("main a").Single(a => a.TextContent.Trim() == "Отмена").GetAttribute("href"));

        var response = await client.SubmitFormAsync($"/People/Guardians/Edit?studentId={anna}", new Dictionary<string, string>
        {
            ["StudentId"] = anna.ToString(), ["LastName"] = "Кузнецов", ["FirstName"] = "Дмитрий", ["Relation"] = "отец", ["Phone"] = "+7 900 111-22-33",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var card = await client.GetDocumentAsync($"/People/Students/Card?id={anna}");
        var guardian = card.QuerySelector("table.guardians tbody tr")!.TextContent;
        Assert.Contains("Кузнецов Дмитрий", guardian, StringComparison.Ordinal);
        Assert.Contains("отец", guardian, StringComparison.Ordinal);
        Assert.Contains("+7 900 111-22-33", guardian, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task StaffCard_Opened_IsInItsAccessLog(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var staff = new StaffMember { SchoolId = school.Id, LastName = "Иванова", FirstName = "Мария", Phone = "+7 900 000-00-00" };
        await app.WithDbAsync(school.Id, async d =>
        {
            d.StaffMembers.Add(staff);
            await d.SaveChangesAsync();
        });
        var coordinator = await app.CreateUserAsync(school, SchoolRole.Coordinator);
        using var client = await app.SignedInClientAsync(coordinator);

        await client.GetAsync($"/People/Staff/Edit?id={staff.Id}");
        var log = await client.GetDocumentAsync($"/People/AccessLog?type=StaffMember&id={staff.Id}");

        var row = Assert.Single(log.QuerySelectorAll("table.access-log tbody tr"));
        Assert.Equal("Логин: " + coordinator.Login, row.Children[1].GetAttribute("title"));
        Assert.Equal("Карточка сотрудника", row.Children[2].TextContent.Trim());
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task StaffEdit_SomeoneSavedTheCardMeanwhile_IsRefusedShowingTheSavedValueAndSavesNothing(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var staffId = await app.CreateStaffAsync(school, "Иванова");
        using var first = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));
        using var second = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));
        var url = $"/People/Staff/Edit?id={staffId}";
        var opened = await first.OpenFormAsync(url);
        await second.SubmitFormAsync(url, new Dictionary<string, string>
        {
            ["Id"] = staffId.ToString(), ["LastName"] = "Иванова", ["FirstName"] = "Ирина", ["Phone"] = "+7 900 555-00-11",
        });

        var response = await first.PostFormAsync(url, opened, new Dictionary<string, string>
        {
            ["LastName"] = "Иванова", ["FirstName"] = "Ирина", ["Phone"] = "+7 900 000-00-00",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageClient.ParseAsync(response);
        Assert.StartsWith("Запись уже изменил другой пользователь", page.QuerySelector(".alert-danger")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("Сейчас сохранено: «+7 900 555-00-11».", page.MessageFor("Phone"));
        Assert.Equal("+7 900 555-00-11", await app.WithDbAsync(school.Id, d => d.StaffMembers.Where(s => s.Id == staffId).Select(s => s.Phone).SingleAsync()));
    }
}
