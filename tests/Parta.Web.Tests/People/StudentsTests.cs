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
        Assert.Contains(coordinator.Login, log.QuerySelector("table.access-log tbody")!.TextContent, StringComparison.Ordinal);
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
    public async Task Edit_EmptySurnameAndBadEmail_ShowsRussianMessagesNextToFieldsAndKeepsInput(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var c5 = await app.CreateClassAsync(school, 5, "А");
        var studentId = await app.AddStudentAsync(school, c5, "Кузнецова", "Анна");
        var coordinator = await app.CreateUserAsync(school, SchoolRole.Coordinator);
        using var client = await app.SignedInClientAsync(coordinator);

        var response = await client.SubmitFormAsync($"/People/Students/Edit?id={studentId}", new Dictionary<string, string>
        {
            ["Id"] = studentId.ToString(), ["LastName"] = "", ["FirstName"] = "Аня", ["Email"] = "не почта", ["ClassId"] = c5.ToString(),
            ["HealthGroup"] = "первая",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageClient.ParseAsync(response);
        Assert.Equal("Введите фамилию.", page.QuerySelector("[data-valmsg-for=LastName]")!.TextContent.Trim());
        Assert.StartsWith("Введите адрес электронной почты", page.QuerySelector("[data-valmsg-for=Email]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("«первая» не подходит для поля «Группа здоровья».", page.QuerySelector("[data-valmsg-for=HealthGroup]")!.TextContent.Trim());
        Assert.Equal("Аня", page.QuerySelector("input[name=FirstName]")!.GetAttribute("value"));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Edit_ValidCard_SavesAndAudits(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var c5 = await app.CreateClassAsync(school, 5, "А");
        var c7 = await app.CreateClassAsync(school, 7, "Б");
        var studentId = await app.AddStudentAsync(school, c5, "Кузнецова", "Анна");
        var coordinator = await app.CreateUserAsync(school, SchoolRole.Coordinator);
        using var client = await app.SignedInClientAsync(coordinator);

        var response = await client.SubmitFormAsync($"/People/Students/Edit?id={studentId}", new Dictionary<string, string>
        {
            ["Id"] = studentId.ToString(), ["LastName"] = "Кузнецова", ["FirstName"] = "Анна", ["MiddleName"] = "Дмитриевна",
            ["BirthDate"] = "2015-03-14", ["ClassId"] = c7.ToString(), ["PersonalFileNumber"] = "К-37",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await app.WithDbAsync(school.Id, d => d.Students.AsNoTracking().SingleAsync(s => s.Id == studentId));
        Assert.Equal(("Дмитриевна", new DateOnly(2015, 3, 14), c7, "К-37"), (saved.MiddleName, saved.BirthDate!.Value, saved.SchoolClassId!.Value, saved.PersonalFileNumber));
        Assert.True(await app.WithDbAsync(school.Id, d => d.AuditEntries.AnyAsync(a => a.EntityId == studentId && a.Field == "PersonalFileNumber" && a.NewValue == "К-37")));
    }
}
