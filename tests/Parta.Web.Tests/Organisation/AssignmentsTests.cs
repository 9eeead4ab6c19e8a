using System.Net;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Auditing;
using Parta.Organisation;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.Organisation;

public sealed class AssignmentsTests(TestApps apps)
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Create_Assignment_IsListedAndFilteredByTeacher(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var yearId = await app.CurrentYearAsync(school);
        var smirnova = await app.CreateStaffAsync(school, "Смирнова");
        var petrov = await app.CreateStaffAsync(school, "Петров");
        var maths = await app.CreateSubjectAsync(school, "Математика", "Мат.");
        var c5a = await app.CreateClassAsync(school, 5, "А");
        await app.CreateAssignmentAsync(school, petrov, maths, c5a, null, 1);
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));

        var created = await client.SubmitFormAsync($"/Organisation/Assignments/Edit?yearId={yearId}", new Dictionary<string, string>
        {
            ["YearId"] = yearId.ToString(), ["StaffMemberId"] = smirnova.ToString(), ["SubjectId"] = maths.ToString(),
            ["Target"] = $"c:{c5a}", ["HoursPerWeek"] = "4,5",
        });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var filtered = await client.GetDocumentAsync($"/Organisation/Assignments?yearId={yearId}&teacherId={smirnova}");
        var row = filtered.QuerySelectorAll("#assignments tbody tr").Single();
        Assert.Equal(["Смирнова Ирина Павловна", "Математика", "5А", "4,5"], row.QuerySelectorAll("td").Take(4).Select(td => td.TextContent.Trim()));

        // Removing from the filtered list comes back to the same filtered list.
        var removed = await client.SubmitFormAsync($"/Organisation/Assignments?yearId={yearId}&teacherId={smirnova}",
            new Dictionary<string, string> { ["assignmentId"] = row.QuerySelector("input[name=assignmentId]")!.GetAttribute("value")! },
            formSelector: "#assignments form");
        Assert.Equal($"/Organisation/Assignments?yearId={yearId}&teacherId={smirnova}", removed.Headers.Location?.ToString());
        var after = await client.GetDocumentAsync(removed.Headers.Location!.ToString());
        Assert.Contains("Нагрузка удалена.", after.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(after.QuerySelectorAll("#assignments tbody tr"));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Remove_FromTheList_IsGoneAndInTheHistory(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var yearId = await app.CurrentYearAsync(school);
        var assignmentId = await app.CreateAssignmentAsync(school, await app.CreateStaffAsync(school, "Смирнова"),
            await app.CreateSubjectAsync(school, "Математика", "Мат."), await app.CreateClassAsync(school, 5, "А"), null, 5);
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));

        var removed = await (await client.OpenFormAsync($"/Organisation/Assignments?yearId={yearId}", "#assignments form")).SubmitAsync();

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.False(await app.AnyAsync(school, d => d.TeachingAssignments));
        Assert.True(await app.WithDbAsync(null, d => d.AuditEntries.AnyAsync(a => a.EntityId == assignmentId && a.Action == AuditAction.Deleted)));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Remove_ChangedSinceTheListWasOpened_IsRefusedAndKept(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var yearId = await app.CurrentYearAsync(school);
        var assignmentId = await app.CreateAssignmentAsync(school, await app.CreateStaffAsync(school, "Смирнова"),
            await app.CreateSubjectAsync(school, "Математика", "Мат."), await app.CreateClassAsync(school, 5, "А"), null, 5);
        using var mine = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));
        using var theirs = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));
        var removeForm = await mine.OpenFormAsync($"/Organisation/Assignments?yearId={yearId}", "#assignments form");
        var edited = await theirs.SubmitFormAsync($"/Organisation/Assignments/Edit?id={assignmentId}", new Dictionary<string, string>
        {
            ["YearId"] = yearId.ToString(), ["StaffMemberId"] = (await app.CreateStaffAsync(school, "Петров")).ToString(),
            ["SubjectId"] = (await app.QueryAsync(school, d => d.Subjects.Select(s => s.Id).SingleAsync())).ToString(),
            ["Target"] = $"c:{await app.QueryAsync(school, d => d.SchoolClasses.Select(c => c.Id).SingleAsync())}", ["HoursPerWeek"] = "6",
        });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);

        var refused = await removeForm.SubmitAsync();

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(await OrganisationData.ErrorsAsync(refused), e => e.StartsWith("Запись уже изменил другой пользователь", StringComparison.Ordinal));
        Assert.Equal(6m, await app.QueryAsync(school, d => d.TeachingAssignments.Select(a => a.HoursPerWeek).SingleAsync()));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Create_WithoutClassOrGroup_IsRefusedInRussian(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var yearId = await app.CurrentYearAsync(school);
        var smirnova = await app.CreateStaffAsync(school, "Смирнова");
        var maths = await app.CreateSubjectAsync(school, "Математика", "Мат.");
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));

        var response = await client.SubmitFormAsync($"/Organisation/Assignments/Edit?yearId={yearId}", new Dictionary<string, string>
        {
            ["YearId"] = yearId.ToString(), ["StaffMemberId"] = smirnova.ToString(), ["SubjectId"] = maths.ToString(),
            ["Target"] = "", ["HoursPerWeek"] = "5",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Выберите либо класс, либо группу.", await OrganisationData.ErrorsAsync(response));
        Assert.False(await app.AnyAsync(school, d => d.TeachingAssignments));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task LoadSummary_TotalsPerTeacherAndGapsPerClass(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var yearId = await app.CurrentYearAsync(school);
        var smirnova = await app.CreateStaffAsync(school, "Смирнова");
        var petrov = await app.CreateStaffAsync(school, "Петров");
        var maths = await app.CreateSubjectAsync(school, "Математика", "Мат.");
        var english = await app.CreateSubjectAsync(school, "Английский язык", "Англ.");
        var c5a = await app.CreateClassAsync(school, 5, "А");
        var groups = await app.WithDbAsync(school.Id, async d =>
        {
            var g1 = new StudyGroup { SchoolId = school.Id, AcademicYearId = yearId, Name = "Англ. 1", SchoolClassId = c5a, SubjectId = english };
            var g2 = new StudyGroup { SchoolId = school.Id, AcademicYearId = yearId, Name = "Англ. 2", SchoolClassId = c5a, SubjectId = english };
            d.StudyGroups.AddRange(g1, g2);
            d.CurriculumLines.Add(new CurriculumLine { SchoolId = school.Id, AcademicYearId = yearId, SubjectId = maths, Grade = 5, HoursPerWeek = 5 });
            d.CurriculumLines.Add(new CurriculumLine { SchoolId = school.Id, AcademicYearId = yearId, SubjectId = english, Grade = 5, HoursPerWeek = 3 });
            await d.SaveChangesAsync();
            return (g1.Id, g2.Id);
        });
        await app.CreateAssignmentAsync(school, smirnova, maths, c5a, null, 4);
        await app.CreateAssignmentAsync(school, petrov, english, null, groups.Item1, 3);
        await app.CreateAssignmentAsync(school, smirnova, english, null, groups.Item2, 3);
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Teacher));

        var page = await client.GetDocumentAsync($"/Organisation/Assignments/Load?yearId={yearId}");

        Assert.Equal(["Учитель", "Часов в неделю", "Предметов в классах и группах"], page.QuerySelectorAll("#teachers thead th").Select(th => th.TextContent.Trim()));
        var teachers = page.QuerySelectorAll("#teachers tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(["Петров Ирина Павловна", "3", "1"], teachers[0]);
        Assert.Equal(["Смирнова Ирина Павловна", "7", "2"], teachers[1]);
        var c5 = page.QuerySelectorAll("#classes tbody tr").Single().QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["5А", "8", "7"], c5.Take(3));
        Assert.Contains("Математика: по плану 5, распределено 4 (не хватает 1)", c5[3], StringComparison.Ordinal);
        Assert.DoesNotContain("Английский", c5[3], StringComparison.Ordinal);
    }
}
