using Microsoft.EntityFrameworkCore;
using Parta.Organisation;
using Parta.People;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.Organisation;

/// <summary>Builders of the school structure for the Organisation tests.</summary>
internal static class OrganisationData
{
    public static async Task<Guid> CreateStaffAsync(this PartaAppFactory app, TestSchool school, string lastName, TestUser? account = null) =>
        await app.WithDbAsync(school.Id, async db =>
        {
            var staff = new StaffMember { SchoolId = school.Id, LastName = lastName, FirstName = "Ирина", MiddleName = "Павловна", Positions = "учитель", UserId = account?.Id };
            db.StaffMembers.Add(staff);
            await db.SaveChangesAsync();
            return staff.Id;
        });

    public static async Task<Guid> CreateClassAsync(this PartaAppFactory app, TestSchool school, int grade, string letter, Guid? classTeacherId = null)
    {
        var yearId = await app.CurrentYearAsync(school);
        return await app.WithDbAsync(school.Id, async db =>
        {
            var c = new SchoolClass { SchoolId = school.Id, AcademicYearId = yearId, Grade = grade, Letter = letter, ClassTeacherId = classTeacherId };
            db.SchoolClasses.Add(c);
            await db.SaveChangesAsync();
            return c.Id;
        });
    }

    public static async Task<Guid> AddStudentAsync(this PartaAppFactory app, TestSchool school, Guid classId, string lastName, string firstName, string? middleName = null) =>
        await app.WithDbAsync(school.Id, async db =>
        {
            var s = new Student { SchoolId = school.Id, LastName = lastName, FirstName = firstName, MiddleName = middleName, SchoolClassId = classId };
            db.Students.Add(s);
            await db.SaveChangesAsync();
            await Parta.Movement.ClassLists.EnrolByDataEntryAsync(db, [s], new DateOnly(2026, 9, 1), TimeProvider.System, default);
            await db.SaveChangesAsync();
            return s.Id;
        });

    public static async Task<Guid> CreateSubjectAsync(this PartaAppFactory app, TestSchool school, string name, string shortName) =>
        await app.WithDbAsync(school.Id, async db =>
        {
            var s = new Subject { SchoolId = school.Id, Name = name, ShortName = shortName };
            db.Subjects.Add(s);
            await db.SaveChangesAsync();
            return s.Id;
        });

    public static async Task<Guid> CreateAssignmentAsync(
        this PartaAppFactory app, TestSchool school, Guid staffId, Guid subjectId, Guid? classId, Guid? groupId, decimal hours)
    {
        var yearId = await app.CurrentYearAsync(school);
        return await app.WithDbAsync(school.Id, async db =>
        {
            var a = new TeachingAssignment
            {
                SchoolId = school.Id, AcademicYearId = yearId, StaffMemberId = staffId, SubjectId = subjectId,
                SchoolClassId = classId, StudyGroupId = groupId, HoursPerWeek = hours,
            };
            db.TeachingAssignments.Add(a);
            await db.SaveChangesAsync();
            return a.Id;
        });
    }

    public static Task<T> QueryAsync<T>(this PartaAppFactory app, TestSchool school, Func<Parta.Data.PartaDbContext, Task<T>> query) =>
        app.WithDbAsync(school.Id, query);

    public static Task<List<string>> ErrorsAsync(HttpResponseMessage response) => ErrorsOfAsync(response);

    private static async Task<List<string>> ErrorsOfAsync(HttpResponseMessage response)
    {
        var page = await PageClient.ParseAsync(response);
        return page.QuerySelectorAll(".alert-danger li, .text-danger").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0).ToList();
    }

    public static Task<bool> AnyAsync<T>(this PartaAppFactory app, TestSchool school, Func<Parta.Data.PartaDbContext, IQueryable<T>> query) =>
        app.WithDbAsync(school.Id, db => query(db).AnyAsync());
}

/// <summary>Posting a form with repeated fields (checkbox lists), with the anti-forgery token of the page.</summary>
internal static class FormPosting
{
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string pageUrl, List<KeyValuePair<string, string>> fields)
    {
        var page = await client.GetDocumentAsync(pageUrl);
        var token = page.QuerySelector("main form input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No anti-forgery token on {pageUrl}");
        fields.Add(new("__RequestVerificationToken", token));
        return await client.PostAsync(pageUrl, new FormUrlEncodedContent(fields));
    }
}
