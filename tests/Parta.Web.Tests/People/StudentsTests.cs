using System.Net;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.People;

public sealed class StudentsTests(TestApps apps)
{
    private static IReadOnlyList<string> NamesIn(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("table tbody tr").Select(r => r.QuerySelector("td")!.TextContent.Trim()).ToList();

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task List_ManyStudents_InRussianOrderWithClass(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var c5 = await app.CreateClassAsync(school, 5, "А");
        await app.AddStudentAsync(school, c5, "Кузнецова", "Анна", "Дмитриевна");
        await app.AddStudentAsync(school, c5, "Ёлкин", "Михаил", "Сергеевич");
        await app.AddStudentAsync(school, c5, "Белова", "Ольга");
        await app.AddStudentAsync(school, c5, "Ерохин", "Илья");
        await app.AddStudentAsync(school, c5, "Ежов", "Иван");
        var coordinator = await app.CreateUserAsync(school, SchoolRole.Coordinator);
        using var client = await app.SignedInClientAsync(coordinator);

        var page = await client.GetDocumentAsync("/People/Students");

        Assert.Equal(["Белова Ольга", "Ежов Иван", "Ёлкин Михаил Сергеевич", "Ерохин Илья", "Кузнецова Анна Дмитриевна"], NamesIn(page));
        Assert.All(page.QuerySelectorAll("table tbody tr"), r => Assert.Equal("5А", r.Children[1].TextContent.Trim()));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Search_LowercaseWithE_FindsNameWithYoAndCapitals(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var c5 = await app.CreateClassAsync(school, 5, "А");
        await app.AddStudentAsync(school, c5, "Ёлкин", "Михаил", "Сергеевич");
        await app.AddStudentAsync(school, c5, "Кузнецова", "Анна", "Дмитриевна");
        var teacher = await app.CreateUserAsync(school, SchoolRole.Teacher);
        using var client = await app.SignedInClientAsync(teacher);

        var byE = await client.GetDocumentAsync("/People/Students?q=" + Uri.EscapeDataString("елкин"));
        var byPart = await client.GetDocumentAsync("/People/Students?q=" + Uri.EscapeDataString("КУЗНЕЦ анна"));

        Assert.Equal(["Ёлкин Михаил Сергеевич"], NamesIn(byE));
        Assert.Equal(["Кузнецова Анна Дмитриевна"], NamesIn(byPart));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Filter_ByClass_ShowsOnlyThatClass(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var c5 = await app.CreateClassAsync(school, 5, "А");
        var c7 = await app.CreateClassAsync(school, 7, "Б");
        await app.AddStudentAsync(school, c5, "Кузнецова", "Анна");
        await app.AddStudentAsync(school, c7, "Смирнов", "Пётр");
        var coordinator = await app.CreateUserAsync(school, SchoolRole.Coordinator);
        using var client = await app.SignedInClientAsync(coordinator);

        var page = await client.GetDocumentAsync($"/People/Students?classId={c7}");

        Assert.Equal(["Смирнов Пётр"], NamesIn(page));
        Assert.Equal("7Б", page.QuerySelector("table tbody tr")!.Children[1].TextContent.Trim());
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task List_StudentWhoLeft_IsNotCurrent_IsShownAmongThoseWhoLeftWithDateAndOrder_CountsAgree(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var c5 = await app.CreateClassAsync(school, 5, "А");
        await app.AddStudentAsync(school, c5, "Кузнецова", "Анна");
        var leaver = await app.AddStudentAsync(school, c5, "Романов", "Александр", "Олегович");
        await app.RecordMovementAsync(school, leaver, Parta.Movement.MovementKind.Withdrawal, null, new DateOnly(2026, 11, 16), "12-в");
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Director));

        var current = await client.GetDocumentAsync("/People/Students");
        var left = await client.GetDocumentAsync("/People/Students?shown=Left");
        var beforeLeaving = await client.GetDocumentAsync("/People/Students?on=2026-11-15");
        var home = await client.GetDocumentAsync("/");
        var classes = await client.GetDocumentAsync("/Organisation/Classes");

        Assert.Equal(["Кузнецова Анна"], NamesIn(current));
        Assert.Equal("Найдено: 1", current.QuerySelector("#found")!.TextContent.Trim());
        var row = left.QuerySelectorAll("table tbody tr").Single();
        Assert.StartsWith("Романов Александр Олегович", row.QuerySelector("td")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("выбыл(а) 16.11.2026, приказ №\u00A012-в от 16.11.2026", row.QuerySelector(".student-status")!.TextContent.Trim());
        Assert.Equal("5А", row.Children[1].TextContent.Trim());
        Assert.Equal(["Кузнецова Анна", "Романов Александр Олегович"], NamesIn(beforeLeaving));
        Assert.Contains("1", home.QuerySelector("#school-students")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("1", classes.QuerySelector("#classes tbody tr")!.Children[2].TextContent.Trim());
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Search_BySurname_FindsSurnamesBeforePatronymics(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var c5 = await app.CreateClassAsync(school, 5, "А");
        await app.AddStudentAsync(school, c5, "Алексеев", "Иван", "Романович");
        await app.AddStudentAsync(school, c5, "Романова", "Ольга", "Игоревна");
        await app.AddStudentAsync(school, c5, "Белова", "Анна", "Романовна");
        await app.AddStudentAsync(school, c5, "Романов", "Пётр");
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));

        var page = await client.GetDocumentAsync("/People/Students?q=" + Uri.EscapeDataString("романов"));

        Assert.Equal(["Романов Пётр", "Романова Ольга Игоревна", "Алексеев Иван Романович", "Белова Анна Романовна"], NamesIn(page));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task List_LongerThanAPage_IsPagedWithTheTotal_AndAFarDateIsRefused(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var c5 = await app.CreateClassAsync(school, 5, "А");
        var surnames = new[] { "Абрамов", "Белов", "Волков", "Гусев", "Дёмин", "Егоров", "Жуков", "Зайцев", "Ильин", "Козлов", "Лебедев", "Морозов" };
        foreach (var surname in surnames)
        {
            foreach (var name in new[] { "Глеб", "Иван", "Лев", "Олег", "Пётр" })
            {
                await app.AddStudentAsync(school, c5, surname, name);
            }
        }

        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));

        var first = await client.GetDocumentAsync("/People/Students");
        var second = await client.GetDocumentAsync("/People/Students?p=2");
        var beyond = await client.GetDocumentAsync("/People/Students?p=99");
        var farDate = await client.GetDocumentAsync("/People/Students?on=9999-01-01");

        Assert.Equal("Найдено: 60 (страница 1 из 2)", first.QuerySelector("#found")!.TextContent.Trim());
        Assert.Equal(50, NamesIn(first).Count);
        Assert.Equal(10, NamesIn(second).Count);
        Assert.Equal("Морозов Пётр", NamesIn(second)[^1]);
        Assert.Equal(NamesIn(second), NamesIn(beyond));
        Assert.NotNull(first.QuerySelector("nav[aria-label='Страницы списка'] a[href*='p=2']"));
        Assert.Contains("«На дату»: дата 01.01.9999 вне", farDate.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Card_Coordinator_SeesPersonalDataGuardiansAndTheViewIsLogged(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var c5 = await app.CreateClassAsync(school, 5, "А");
        var studentId = await app.AddStudentAsync(school, c5, "Кузнецова", "Анна", "Дмитриевна");
        await app.AddGuardianAsync(school, studentId, "Кузнецова", "Елена", "мать", "+7 912 000-00-01");
        var coordinator = await app.CreateUserAsync(school, SchoolRole.Coordinator);
        using var client = await app.SignedInClientAsync(coordinator);

        var card = await client.GetDocumentAsync($"/People/Students/Card?id={studentId}");

        Assert.Equal("Кузнецова Анна Дмитриевна", card.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("5А", card.QuerySelector(".student-class")!.TextContent.Trim());
        var guardian = card.QuerySelector("table.guardians tbody tr")!.TextContent;
        Assert.Contains("Кузнецова Елена", guardian, StringComparison.Ordinal);
        Assert.Contains("мать", guardian, StringComparison.Ordinal);
        Assert.Contains("+7 912 000-00-01", guardian, StringComparison.Ordinal);
        var views = await app.WithDbAsync(school.Id, d => d.PersonalDataViews.Where(v => v.SubjectId == studentId).ToListAsync());
        var view = Assert.Single(views);
        Assert.Equal(coordinator.Id, view.UserId);
        Assert.Equal(coordinator.Login, view.UserLogin);
        Assert.Equal("Student", view.SubjectType);
        Assert.Equal("/People/Students/Card", view.Page);

        var log = await client.GetDocumentAsync($"/People/AccessLog?type=Student&id={studentId}");
        var logged = log.QuerySelector("table.access-log tbody tr")!;
        Assert.Equal("Логин: " + coordinator.Login, logged.Children[1].GetAttribute("title"));
        Assert.Equal("Карточка учащегося", logged.Children[2].TextContent.Trim());
        Assert.Equal("30.11.2026", logged.Children[0].TextContent.Trim()[..10]);
        Assert.DoesNotContain("UTC", logged.TextContent, StringComparison.Ordinal);
        Assert.Contains("Кузнецова", log.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        // Only people have an access log: a class, though it exists, is not one.
        var classId = await app.WithDbAsync(school.Id, d => d.Students.Where(s => s.Id == studentId).Select(s => s.SchoolClassId).SingleAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/People/AccessLog?type=SchoolClass&id={classId}")).StatusCode);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Card_TeacherNotClassTeacher_IsForbiddenAndNothingLogged(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var c5 = await app.CreateClassAsync(school, 5, "А");
        var studentId = await app.AddStudentAsync(school, c5, "Кузнецова", "Анна");
        var classTeacher = await app.CreateUserAsync(school, SchoolRole.Teacher);
        await app.MakeClassTeacherAsync(school, c5, classTeacher);
        var otherTeacher = await app.CreateUserAsync(school, SchoolRole.Teacher);
        using var client = await app.SignedInClientAsync(otherTeacher);

        var response = await client.GetAsync($"/People/Students/Card?id={studentId}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(school.Id, d => d.PersonalDataViews.CountAsync(v => v.SubjectId == studentId)));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Card_ClassTeacherOfTheStudentsClass_IsAllowed(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var c5 = await app.CreateClassAsync(school, 5, "А");
        var studentId = await app.AddStudentAsync(school, c5, "Кузнецова", "Анна");
        var classTeacher = await app.CreateUserAsync(school, SchoolRole.Teacher);
        await app.MakeClassTeacherAsync(school, c5, classTeacher);
        using var client = await app.SignedInClientAsync(classTeacher);

        var response = await client.GetAsync($"/People/Students/Card?id={studentId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(school.Id, d => d.PersonalDataViews.CountAsync(v => v.SubjectId == studentId && v.UserId == classTeacher.Id)));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Card_ParentOfTheStudent_IsForbidden(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var parent = await app.CreateUserAsync(school, SchoolRole.Parent);
        var (_, studentId) = await app.CreateStudentAsync(school, "Кузнецова", parent);
        using var client = await app.SignedInClientAsync(parent);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/People/Students/Card?id={studentId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/People/Students")).StatusCode);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Edit_EmptySurnameAndBadEmail_ShowsTheCardsMessagesNextToFieldsAndKeepsInput(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var c5 = await app.CreateClassAsync(school, 5, "А");
        var studentId = await app.AddStudentAsync(school, c5, "Кузнецова", "Анна");
        var coordinator = await app.CreateUserAsync(school, SchoolRole.Coordinator);
        using var client = await app.SignedInClientAsync(coordinator);

        var response = await client.SubmitFormAsync($"/People/Students/Edit?id={studentId}", new Dictionary<string, string>
        {
            ["Id"] = studentId.ToString(), ["LastName"] = "", ["FirstName"] = "Аня", ["Email"] = "не почта",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageClient.ParseAsync(response);
        Assert.Equal("Заполните поле «Фамилия».", page.MessageFor("LastName"));
        Assert.Equal("«Электронная почта»: введите адрес электронной почты, например ivanova@example.ru.", page.MessageFor("Email"));
        Assert.Equal("Аня", page.QuerySelector("input[name=FirstName]")!.GetAttribute("value"));
        Assert.Equal("Кузнецова", await app.WithDbAsync(school.Id, d => d.Students.Where(s => s.Id == studentId).Select(s => s.LastName).SingleAsync()));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Edit_HealthGroupInWords_SaysItIsNotANumberNextToTheField(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var studentId = await app.AddStudentAsync(school, null, "Кузнецова", "Анна");
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));

        var response = await client.SubmitFormAsync($"/People/Students/Edit?id={studentId}", new Dictionary<string, string>
        {
            ["Id"] = studentId.ToString(), ["LastName"] = "Кузнецова", ["FirstName"] = "Анна", ["HealthGroup"] = "первая",
        });

        var page = await PageClient.ParseAsync(response);
        Assert.Equal("«первая» не подходит для поля «Группа здоровья».", page.MessageFor("HealthGroup"));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Edit_ValidCard_SavesAndAudits(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var c5 = await app.CreateClassAsync(school, 5, "А");
        var studentId = await app.AddStudentAsync(school, c5, "Кузнецова", "Анна");
        var coordinator = await app.CreateUserAsync(school, SchoolRole.Coordinator);
        using var client = await app.SignedInClientAsync(coordinator);

        var response = await client.SubmitFormAsync($"/People/Students/Edit?id={studentId}", new Dictionary<string, string>
        {
            ["Id"] = studentId.ToString(), ["LastName"] = "Кузнецова", ["FirstName"] = "Анна", ["MiddleName"] = "Дмитриевна",
            ["BirthDate"] = "2015-03-14", ["PersonalFileNumber"] = "К-37",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var card = await client.GetDocumentAsync(response.Headers.Location!.ToString());
        Assert.Equal("Кузнецова Анна Дмитриевна", card.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("14.03.2015", card.QuerySelector("dl.student-card")!.TextContent, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(school.Id, d => d.AuditEntries.AnyAsync(a => a.EntityId == studentId && a.Field == "PersonalFileNumber" && a.NewValue == "К-37")));
    }

    /// <summary>ADR 0006: a student's class changes only through the movement book, never through the card.</summary>
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Edit_ClassPostedWithTheCard_DoesNotMoveTheStudent(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var c5 = await app.CreateClassAsync(school, 5, "А");
        var c7 = await app.CreateClassAsync(school, 7, "Б");
        var studentId = await app.AddStudentAsync(school, c5, "Кузнецова", "Анна");
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));

        var response = await client.SubmitFormAsync($"/People/Students/Edit?id={studentId}", new Dictionary<string, string>
        {
            ["Id"] = studentId.ToString(), ["LastName"] = "Кузнецова", ["FirstName"] = "Анна", ["ClassId"] = c7.ToString(), ["SchoolClassId"] = c7.ToString(),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var card = await client.GetDocumentAsync($"/People/Students/Card?id={studentId}");
        Assert.Equal("5А", card.QuerySelector(".student-class")!.TextContent.Trim());
        Assert.Single(card.QuerySelectorAll("table.student-movement tbody tr"));
        var list5 = await client.GetDocumentAsync($"/Movement/ClassList?classId={c5}&date=2026-11-30");
        var list7 = await client.GetDocumentAsync($"/Movement/ClassList?classId={c7}&date=2026-11-30");
        Assert.Equal(["Кузнецова Анна"], list5.QuerySelectorAll("ol.class-list li").Select(li => li.TextContent.Trim()));
        Assert.Empty(list7.QuerySelectorAll("ol.class-list li"));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Edit_SomeoneSavedTheCardMeanwhile_IsRefusedShowingTheSavedValueAndSavesNothing(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var studentId = await app.AddStudentAsync(school, null, "Кузнецова", "Анна");
        using var first = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));
        using var second = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));
        var url = $"/People/Students/Edit?id={studentId}";
        var opened = await first.OpenFormAsync(url);
        await second.SubmitFormAsync(url, new Dictionary<string, string> { ["Id"] = studentId.ToString(), ["LastName"] = "Кузнецова-Орлова", ["FirstName"] = "Анна" });

        var response = await first.PostFormAsync(url, opened, new Dictionary<string, string> { ["LastName"] = "Кузнецова", ["FirstName"] = "Анюта" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageClient.ParseAsync(response);
        Assert.StartsWith("Запись уже изменил другой пользователь", page.QuerySelector(".alert-danger")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("Сейчас сохранено: «Кузнецова-Орлова».", page.MessageFor("LastName"));
        var saved = await app.WithDbAsync(school.Id, d => d.Students.Where(s => s.Id == studentId).Select(s => new { s.LastName, s.FirstName }).SingleAsync());
        Assert.Equal(("Кузнецова-Орлова", "Анна"), (saved.LastName, saved.FirstName));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task List_Coordinator_NewStudentIsAdmittedThroughTheMovementBook(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));

        var page = await client.GetDocumentAsync("/People/Students");

        var admit = page.QuerySelectorAll(".page-actions a").Single(a => a.TextContent.Trim() == "Зачислить нового учащегося");
        Assert.Equal("/Movement/Record", admit.GetAttribute("href"));
    }
}
