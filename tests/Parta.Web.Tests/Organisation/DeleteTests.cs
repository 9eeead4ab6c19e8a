using System.Net;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Auditing;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.Organisation;

/// <summary>A class, group or subject made by mistake can be deleted; one with history cannot, and says why.</summary>
public sealed class DeleteTests(TestApps apps)
{
    private const string DeleteForm = "form[action*='handler=Delete']";

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Class_NeverUsed_IsDeletedWithItsEmptyGroup_AndAudited(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var classId = await app.CreateClassAsync(school, 9, "Я");
        var groupId = await AddGroupAsync(app, school, classId);
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));

        var deleted = await DeleteAsync(client, $"/Organisation/Classes/Edit?id={classId}", classId);

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        var list = await client.GetDocumentAsync(deleted.Headers.Location!.ToString());
        Assert.Contains("Класс 9Я удалён.", list.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.False(await app.AnyAsync(school, d => d.SchoolClasses.Where(c => c.Id == classId)));
        Assert.False(await app.AnyAsync(school, d => d.StudyGroups.Where(g => g.Id == groupId)));
        Assert.True(await app.WithDbAsync(null, d => d.AuditEntries.AnyAsync(a => a.EntityId == classId && a.Action == AuditAction.Deleted)));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Class_WithAStudentEverEnrolled_IsRefusedInRussian_AndStays(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var (classId, _) = await app.CreateStudentAsync(school, "Белова");
        var name = (await app.QueryAsync(school, d => d.SchoolClasses.SingleAsync(c => c.Id == classId))).Name;
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));

        var refused = await DeleteAsync(client, $"/Organisation/Classes/Edit?id={classId}", classId);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains($"Класс {name} удалить нельзя: в нём учились или учатся учащиеся (книга движения хранит эти записи).",
            await OrganisationData.ErrorsAsync(refused));
        Assert.True(await app.AnyAsync(school, d => d.SchoolClasses.Where(c => c.Id == classId)));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Subject_Taught_IsRefused_Unused_IsDeletedWithItsCurriculumHours(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var classId = await app.CreateClassAsync(school, 7, "А");
        var taught = await app.CreateSubjectAsync(school, "Астрономия", "Астр.");
        var unused = await app.CreateSubjectAsync(school, "Черчение", "Черч.");
        await app.CreateAssignmentAsync(school, await app.CreateStaffAsync(school, "Звездина"), taught, classId, null, 1);
        var yearId = await app.CurrentYearAsync(school);
        await app.WithDbAsync(school.Id, async d =>
        {
            d.CurriculumLines.Add(new Parta.Organisation.CurriculumLine { SchoolId = school.Id, AcademicYearId = yearId, SubjectId = unused, Grade = 7, HoursPerWeek = 1 });
            return await d.SaveChangesAsync();
        });
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));

        var refused = await DeleteAsync(client, $"/Organisation/Subjects/Edit?id={taught}", taught);
        var deleted = await DeleteAsync(client, $"/Organisation/Subjects/Edit?id={unused}", unused);

        Assert.Contains("Предмет «Астрономия» удалить нельзя: по нему есть учебная нагрузка. Сначала удалите её.", await OrganisationData.ErrorsAsync(refused));
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        var subjects = await client.GetDocumentAsync("/Organisation/Subjects");
        Assert.Contains("Предмет «Черчение» удалён.", subjects.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Астрономия", subjects.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Черчение", subjects.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
        Assert.False(await app.AnyAsync(school, d => d.CurriculumLines.Where(l => l.SubjectId == unused)));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Group_WithMembers_IsRefused_AsTeacherIsForbidden(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var (classId, studentId) = await app.CreateStudentAsync(school, "Грушина");
        var groupId = await AddGroupAsync(app, school, classId, studentId);
        using var coordinator = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));
        using var teacher = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Teacher));

        var refused = await DeleteAsync(coordinator, $"/Organisation/Groups/Edit?id={groupId}", groupId);
        var forbidden = await DeleteAsync(teacher, $"/Organisation/Groups/Edit?id={groupId}", groupId);

        Assert.Contains("Группу «англ. 1» удалить нельзя: в ней есть или были учащиеся. Сначала исключите их из группы.", await OrganisationData.ErrorsAsync(refused));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.True(await app.AnyAsync(school, d => d.StudyGroups.Where(g => g.Id == groupId)));
    }

    private static Task<HttpResponseMessage> DeleteAsync(HttpClient client, string editUrl, Guid id) =>
        client.SubmitFormAsync(editUrl, new Dictionary<string, string> { ["Id"] = id.ToString() },
            editUrl[..editUrl.IndexOf('?', StringComparison.Ordinal)] + "?handler=Delete", DeleteForm);

    private static async Task<Guid> AddGroupAsync(PartaAppFactory app, TestSchool school, Guid classId, Guid? memberId = null)
    {
        var yearId = await app.CurrentYearAsync(school);
        return await app.WithDbAsync(school.Id, async d =>
        {
            var group = new Parta.Organisation.StudyGroup { SchoolId = school.Id, AcademicYearId = yearId, Name = "англ. 1", SchoolClassId = classId };
            d.StudyGroups.Add(group);
            if (memberId is { } studentId)
            {
                d.StudyGroupMembers.Add(new Parta.Organisation.StudyGroupMember { SchoolId = school.Id, StudyGroupId = group.Id, StudentId = studentId });
            }

            await d.SaveChangesAsync();
            return group.Id;
        });
    }
}
