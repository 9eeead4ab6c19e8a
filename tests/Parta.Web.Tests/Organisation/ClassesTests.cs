using System.Net;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.Organisation;

public sealed class ClassesTests(TestApps apps)
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Create_ClassWithTeacher_IsListedWithTeacherAndSize(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var yearId = await app.CurrentYearAsync(school);
        var teacherId = await app.CreateStaffAsync(school, "Смирнова");
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));

        var created = await client.SubmitFormAsync($"/Organisation/Classes/Edit?yearId={yearId}", new Dictionary<string, string>
        {
            ["YearId"] = yearId.ToString(), ["Grade"] = "6", ["Letter"] = "в", ["ClassTeacherId"] = teacherId.ToString(),
        });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var classId = await app.QueryAsync(school, d => d.SchoolClasses.Where(c => c.Grade == 6).Select(c => c.Id).SingleAsync());
        await app.AddStudentAsync(school, classId, "Иванов", "Пётр");
        var list = await client.GetDocumentAsync("/Organisation/Classes");
        var row = list.QuerySelectorAll("#classes tbody tr").Single();
        Assert.Equal(["6В", "Смирнова Ирина Павловна", "1"], row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task ClassesAndGroups_AreListedByGradeThenLetter_GroupsAfterTheirClass(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var yearId = await app.CurrentYearAsync(school);
        var tenB = Guid.Empty;
        foreach (var (grade, letter) in new[] { (11, "Б"), (10, "Б"), (2, "В"), (10, "А"), (4, "А"), (11, "А") })
        {
            var id = await app.CreateClassAsync(school, grade, letter);
            tenB = grade == 10 && letter == "Б" ? id : tenB;
        }

        await app.WithDbAsync(school.Id, async d =>
        {
            d.StudyGroups.Add(new Parta.Organisation.StudyGroup { SchoolId = school.Id, AcademicYearId = yearId, Name = "10Б англ. 2", SchoolClassId = tenB });
            d.StudyGroups.Add(new Parta.Organisation.StudyGroup { SchoolId = school.Id, AcademicYearId = yearId, Name = "2В англ. 1" });
            await d.SaveChangesAsync();
        });
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));

        var classes = await client.GetDocumentAsync("/Organisation/Classes");
        var load = await client.GetDocumentAsync($"/Organisation/Assignments/Load?yearId={yearId}");

        string[] inOrder = ["2В", "4А", "10А", "10Б", "11А", "11Б"];
        Assert.Equal(inOrder, classes.QuerySelectorAll("#classes tbody tr td:first-child").Select(td => td.TextContent.Trim()));
        Assert.Equal(inOrder, load.QuerySelectorAll("#classes tbody tr td:first-child").Select(td => td.TextContent.Trim()));
        Assert.Equal(["2В англ. 1", "10Б англ. 2"], classes.QuerySelectorAll("#groups tbody tr td:first-child").Select(td => td.TextContent.Trim()));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Create_SameClassTwice_IsRefusedInRussian(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var yearId = await app.CurrentYearAsync(school);
        await app.CreateClassAsync(school, 5, "А");
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));

        var response = await client.SubmitFormAsync($"/Organisation/Classes/Edit?yearId={yearId}", new Dictionary<string, string>
        {
            ["YearId"] = yearId.ToString(), ["Grade"] = "5", ["Letter"] = "А", ["ClassTeacherId"] = "",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Класс 5А в этом учебном году уже есть.", await OrganisationData.ErrorsAsync(response));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Create_ClassAsTeacher_IsForbidden(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var yearId = await app.CurrentYearAsync(school);
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Teacher));

        var response = await client.SubmitFormAsync($"/Organisation/Classes/Edit?yearId={yearId}", new Dictionary<string, string>
        {
            ["YearId"] = yearId.ToString(), ["Grade"] = "5", ["Letter"] = "Б",
        });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await app.AnyAsync(school, d => d.SchoolClasses));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task CreateGroup_OfSeveralClasses_KeepsMembersAndRefusesOutsidersForAClassGroup(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var yearId = await app.CurrentYearAsync(school);
        var c10a = await app.CreateClassAsync(school, 10, "А");
        var c10b = await app.CreateClassAsync(school, 10, "Б");
        var fromA = await app.AddStudentAsync(school, c10a, "Андреев", "Илья");
        var fromB = await app.AddStudentAsync(school, c10b, "Борисова", "Дарья");
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));

        var elective = await client.PostFormAsync($"/Organisation/Groups/Edit?yearId={yearId}", [
            new("YearId", yearId.ToString()), new("Name", "Элективный курс по физике"), new("SchoolClassId", ""),
            new("StudentIds", fromA.ToString()), new("StudentIds", fromB.ToString()),
        ]);
        var wrong = await client.PostFormAsync($"/Organisation/Groups/Edit?yearId={yearId}", [
            new("YearId", yearId.ToString()), new("Name", "Английский язык, 1 группа"), new("SchoolClassId", c10a.ToString()),
            new("StudentIds", fromA.ToString()), new("StudentIds", fromB.ToString()),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, elective.StatusCode);
        Assert.Equal(2, await app.QueryAsync(school, d => d.StudyGroupMembers.CountAsync()));
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("Борисова Дарья учится не в этом классе: группа класса — только из его учащихся.", await OrganisationData.ErrorsAsync(wrong));
        var list = await client.GetDocumentAsync("/Organisation/Classes");
        var row = list.QuerySelectorAll("#groups tbody tr").Single();
        Assert.Contains("из нескольких классов", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("2", row.QuerySelectorAll("td")[3].TextContent.Trim());
    }
}
