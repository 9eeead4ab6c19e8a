using Microsoft.EntityFrameworkCore;
using Parta.Organisation;
using Parta.People;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.People;

/// <summary>Builders for the People tests: classes and several students in one class, class teachers, guardians.</summary>
public static class PeopleTestData
{
    public static async Task<Guid> CreateClassAsync(this PartaAppFactory app, TestSchool school, int grade, string letter)
    {
        var yearId = await app.CurrentYearAsync(school);
        var schoolClass = new SchoolClass { SchoolId = school.Id, AcademicYearId = yearId, Grade = grade, Letter = letter };
        await app.WithDbAsync(school.Id, async db =>
        {
            db.SchoolClasses.Add(schoolClass);
            await db.SaveChangesAsync();
        });
        return schoolClass.Id;
    }

    public static async Task<Guid> AddStudentAsync(
        this PartaAppFactory app, TestSchool school, Guid classId, string lastName, string firstName, string? middleName = null)
    {
        var student = new Student { SchoolId = school.Id, LastName = lastName, FirstName = firstName, MiddleName = middleName, SchoolClassId = classId };
        await app.WithDbAsync(school.Id, async db =>
        {
            db.Students.Add(student);
            await db.SaveChangesAsync();
        });
        return student.Id;
    }

    public static async Task<Guid> AddGuardianAsync(
        this PartaAppFactory app, TestSchool school, Guid studentId, string lastName, string firstName, string relation, string? phone = null)
    {
        var guardian = new Guardian { SchoolId = school.Id, LastName = lastName, FirstName = firstName, Phone = phone };
        await app.WithDbAsync(school.Id, async db =>
        {
            db.Guardians.Add(guardian);
            db.Guardianships.Add(new Guardianship { SchoolId = school.Id, StudentId = studentId, GuardianId = guardian.Id, Relation = relation });
            await db.SaveChangesAsync();
        });
        return guardian.Id;
    }

    /// <summary>A staff member (with the account, if given) made the class teacher of the class.</summary>
    public static async Task<Guid> MakeClassTeacherAsync(this PartaAppFactory app, TestSchool school, Guid classId, TestUser teacher)
    {
        var staff = new StaffMember { SchoolId = school.Id, LastName = "Руководителева", FirstName = "Ольга", Positions = "учитель", UserId = teacher.Id };
        await app.WithDbAsync(school.Id, async db =>
        {
            db.StaffMembers.Add(staff);
            var schoolClass = await db.SchoolClasses.SingleAsync(c => c.Id == classId);
            schoolClass.ClassTeacherId = staff.Id;
            await db.SaveChangesAsync();
        });
        return staff.Id;
    }
}
