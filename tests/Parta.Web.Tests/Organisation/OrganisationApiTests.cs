using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Parta.Access;
using Parta.Organisation;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.Organisation;

public sealed class OrganisationApiTests(TestApps apps)
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task GetYears_WithQuarters_GivesPeriodsWithKindAndIsoDates(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var yearId = await app.CurrentYearAsync(school);
        await app.WithDbAsync(school.Id, async d =>
        {
            var scheme = new PeriodScheme { SchoolId = school.Id, AcademicYearId = yearId, Name = "Четверти", Kind = PeriodKind.Quarter };
            scheme.Periods.Add(new Period { SchoolId = school.Id, PeriodSchemeId = scheme.Id, Number = 1, Name = "1 четверть", Start = new DateOnly(2026, 9, 1), End = new DateOnly(2026, 10, 24), Closed = true });
            d.PeriodSchemes.Add(scheme);
            await d.SaveChangesAsync();
        });
        var teacher = await app.CreateUserAsync(school, SchoolRole.Teacher);
        using var api = app.ApiClient(await app.TokenAsync(teacher.Login, teacher.Password));

        var years = await api.GetFromJsonAsync<JsonElement>($"/api/v1/schools/{school.Id}/years");

        var year = Assert.Single(years.EnumerateArray());
        Assert.Equal(["id", "name", "start", "end", "periods"], year.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2026/2027", year.GetProperty("name").GetString());
        Assert.Equal("2026-09-01", year.GetProperty("start").GetString());
        var period = Assert.Single(year.GetProperty("periods").EnumerateArray());
        Assert.Equal(["id", "name", "kind", "start", "end", "closed"], period.EnumerateObject().Select(p => p.Name));
        Assert.Equal("quarter", period.GetProperty("kind").GetString());
        Assert.Equal("2026-10-24", period.GetProperty("end").GetString());
        Assert.True(period.GetProperty("closed").GetBoolean());
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task GetClassesAndSubjects_GiveTheContractFields(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var teacherId = await app.CreateStaffAsync(school, "Смирнова");
        var classId = await app.CreateClassAsync(school, 5, "А", teacherId);
        await app.CreateSubjectAsync(school, "Математика", "Матем.");
        var coordinator = await app.CreateUserAsync(school, SchoolRole.Coordinator);
        using var api = app.ApiClient(await app.TokenAsync(coordinator.Login, coordinator.Password));

        var classes = await api.GetFromJsonAsync<JsonElement>($"/api/v1/schools/{school.Id}/classes");
        var subjects = await api.GetFromJsonAsync<JsonElement>($"/api/v1/schools/{school.Id}/subjects");

        var c = Assert.Single(classes.EnumerateArray());
        Assert.Equal(["id", "name", "grade", "letter", "classTeacherId"], c.EnumerateObject().Select(p => p.Name));
        Assert.Equal(classId, c.GetProperty("id").GetGuid());
        Assert.Equal("5А", c.GetProperty("name").GetString());
        Assert.Equal(5, c.GetProperty("grade").GetInt32());
        Assert.Equal(teacherId, c.GetProperty("classTeacherId").GetGuid());
        var s = Assert.Single(subjects.EnumerateArray());
        Assert.Equal(["id", "name", "shortName"], s.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Матем.", s.GetProperty("shortName").GetString());
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task SchoolRoutes_OtherSchool404_ParentForbidden403_InRussian(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var other = await app.CreateSchoolAsync();
        var coordinator = await app.CreateUserAsync(school, SchoolRole.Coordinator);
        var parent = await app.CreateUserAsync(school, SchoolRole.Parent);
        using var coordinatorApi = app.ApiClient(await app.TokenAsync(coordinator.Login, coordinator.Password));
        using var parentApi = app.ApiClient(await app.TokenAsync(parent.Login, parent.Password));

        foreach (var route in new[] { "years", "classes", "subjects" })
        {
            var notFound = await coordinatorApi.GetAsync($"/api/v1/schools/{other.Id}/{route}");
            var forbidden = await parentApi.GetAsync($"/api/v1/schools/{school.Id}/{route}");

            Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
            Assert.Equal("application/problem+json", notFound.Content.Headers.ContentType?.MediaType);
            Assert.Equal("Школа не найдена.", (await notFound.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
            Assert.Equal("application/problem+json", forbidden.Content.Headers.ContentType?.MediaType);
        }
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task GetClassStudents_SortedByRussianAlphabet_ForStaffClassTeacherAndAssignedTeacher(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var classTeacherAccount = await app.CreateUserAsync(school, SchoolRole.Teacher);
        var assignedAccount = await app.CreateUserAsync(school, SchoolRole.Teacher);
        var strangerAccount = await app.CreateUserAsync(school, SchoolRole.Teacher);
        await app.WithDbAsync(school.Id, async d =>
        {
            // Teachers' default rights read people lists; take that away so the resource rule is what decides.
            d.RolePermissionOverrides.Add(new RolePermissionOverride { SchoolId = school.Id, Role = SchoolRole.Teacher, Permission = Permissions.PeopleView, Granted = false });
            await d.SaveChangesAsync();
        });
        var classTeacher = await app.CreateStaffAsync(school, "Классная", classTeacherAccount);
        var assigned = await app.CreateStaffAsync(school, "Предметник", assignedAccount);
        await app.CreateStaffAsync(school, "Посторонний", strangerAccount);
        var classId = await app.CreateClassAsync(school, 5, "А", classTeacher);
        var maths = await app.CreateSubjectAsync(school, "Математика", "Мат.");
        await app.CreateAssignmentAsync(school, assigned, maths, classId, null, 5);
        await app.AddStudentAsync(school, classId, "Яковлев", "Артём");
        await app.AddStudentAsync(school, classId, "Ёлкина", "Вера", "Сергеевна");
        await app.AddStudentAsync(school, classId, "Ежов", "Иван");
        await app.AddStudentAsync(school, classId, "Абрамова", "Ольга");
        var coordinator = await app.CreateUserAsync(school, SchoolRole.Coordinator);

        foreach (var user in new[] { coordinator, classTeacherAccount, assignedAccount })
        {
            using var api = app.ApiClient(await app.TokenAsync(user.Login, user.Password));
            var students = await api.GetFromJsonAsync<JsonElement>($"/api/v1/classes/{classId}/students?date=2026-10-12");
            Assert.Equal(["Абрамова Ольга", "Ежов Иван", "Ёлкина Вера Сергеевна", "Яковлев Артём"],
                students.EnumerateArray().Select(s => s.GetProperty("fullName").GetString()));
            Assert.Equal(["id", "fullName"], students[0].EnumerateObject().Select(p => p.Name));
        }

        using var strangerApi = app.ApiClient(await app.TokenAsync(strangerAccount.Login, strangerAccount.Password));
        Assert.Equal(HttpStatusCode.Forbidden, (await strangerApi.GetAsync($"/api/v1/classes/{classId}/students")).StatusCode);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task GetClassStudents_ClassOfAnotherSchool_IsNotFound(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var other = await app.CreateSchoolAsync();
        var otherClass = await app.CreateClassAsync(other, 5, "А");
        var coordinator = await app.CreateUserAsync(school, SchoolRole.Coordinator);
        using var api = app.ApiClient(await app.TokenAsync(coordinator.Login, coordinator.Password));

        var response = await api.GetAsync($"/api/v1/classes/{otherClass}/students");
        var badDate = await api.GetAsync($"/api/v1/classes/{otherClass}/students?date=12.10.2026");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Класс не найден.", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task GetMyTeachingAssignments_GivesOnlyTheTeachersOwnWithNames(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var yearId = await app.CurrentYearAsync(school);
        var account = await app.CreateUserAsync(school, SchoolRole.Teacher);
        var me = await app.CreateStaffAsync(school, "Учителева", account);
        var colleague = await app.CreateStaffAsync(school, "Коллегова");
        var maths = await app.CreateSubjectAsync(school, "Математика", "Мат.");
        var english = await app.CreateSubjectAsync(school, "Английский язык", "Англ.");
        var c5a = await app.CreateClassAsync(school, 5, "А");
        var groupId = await app.WithDbAsync(school.Id, async d =>
        {
            var g = new StudyGroup { SchoolId = school.Id, AcademicYearId = yearId, Name = "5А, 1 группа", SchoolClassId = c5a };
            d.StudyGroups.Add(g);
            await d.SaveChangesAsync();
            return g.Id;
        });
        var mine = await app.CreateAssignmentAsync(school, me, maths, c5a, null, 5);
        await app.CreateAssignmentAsync(school, me, english, null, groupId, 3);
        await app.CreateAssignmentAsync(school, colleague, maths, c5a, null, 1);
        using var api = app.ApiClient(await app.TokenAsync(account.Login, account.Password));

        var list = await api.GetFromJsonAsync<JsonElement>("/api/v1/me/teaching-assignments");

        var items = list.EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal(["id", "subjectId", "subject", "classId", "groupId", "name"], items[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["Английский язык, 5А, 1 группа", "Математика, 5А"], items.Select(i => i.GetProperty("name").GetString()));
        Assert.Equal(mine, items[1].GetProperty("id").GetGuid());
        Assert.Equal(c5a, items[1].GetProperty("classId").GetGuid());
        Assert.Equal(JsonValueKind.Null, items[1].GetProperty("groupId").ValueKind);
        Assert.Equal(groupId, items[0].GetProperty("groupId").GetGuid());
    }
}
