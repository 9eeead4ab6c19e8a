using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Parta.Access;
using Parta.Data;
using Parta.Organisation;
using Parta.Movement;
using Parta.People;

namespace Parta.Web.Tests.Infrastructure;

public sealed record TestSchool(Guid Id, string Name, string ShortName);

public sealed record TestUser(Guid Id, string Login, string Password, string FullName);

/// <summary>Builders of test data, written straight through the application's own services.</summary>
public static class TestData
{
    public const string Password = "тестовый пароль 2026";

    public static async Task<TestSchool> CreateSchoolAsync(this PartaAppFactory app, string? name = null, string timeZone = School.DefaultTimeZone)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var school = new School { Name = name ?? $"Тестовая школа {suffix}", ShortName = $"Школа {suffix}", TimeZone = timeZone };
        await app.WithDbAsync(null, async db =>
        {
            db.Schools.Add(school);
            await db.SaveChangesAsync();
        });
        return new TestSchool(school.Id, school.Name, school.ShortName);
    }

    public static async Task<TestUser> CreateUserAsync(
        this PartaAppFactory app, TestSchool? school, SchoolRole? role, bool mustChangePassword = false,
        bool systemAdministrator = false, string? lastName = null)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem(school?.Id, "test");
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = new User
        {
            UserName = $"u{Guid.NewGuid():N}"[..16],
            LastName = lastName ?? "Тестов",
            FirstName = role?.ToString() ?? "Админ",
            MiddleName = "Петрович",
            MustChangePassword = mustChangePassword,
            IsSystemAdministrator = systemAdministrator,
            CreatedAt = app.Clock.GetUtcNow().UtcDateTime,
        };
        var result = await users.CreateAsync(user, Password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        if (school is not null && role is { } r)
        {
            var db = scope.ServiceProvider.GetRequiredService<PartaDbContext>();
            db.SchoolMemberships.Add(new SchoolMembership { SchoolId = school.Id, UserId = user.Id, Role = r });
            await db.SaveChangesAsync();
        }

        return new TestUser(user.Id, user.UserName, Password, user.FullName);
    }

    public static async Task AddMembershipAsync(this PartaAppFactory app, TestSchool school, TestUser user, SchoolRole role) =>
        await app.WithDbAsync(school.Id, async db =>
        {
            db.SchoolMemberships.Add(new SchoolMembership { SchoolId = school.Id, UserId = user.Id, Role = role });
            await db.SaveChangesAsync();
        });

    /// <summary>The first day of the test year: students are admitted on it unless a test says otherwise.</summary>
    public static readonly DateOnly YearStart = new(2026, 9, 1);

    /// <summary>A new class of the 2026/2027 year with a student, whose parent (if given) is linked as a guardian.</summary>
    public static async Task<(Guid ClassId, Guid StudentId)> CreateStudentAsync(
        this PartaAppFactory app, TestSchool school, string lastName, TestUser? parent = null, TestUser? studentAccount = null, int grade = 5,
        bool enrolled = true)
    {
        var classId = await app.CreateClassAsync(school, grade, "А" + Guid.NewGuid().ToString("N")[..8]);
        var studentId = await app.AddStudentAsync(school, enrolled ? classId : null, lastName, "Анна", "Игоревна", studentAccount);
        if (parent is not null)
        {
            await app.AddGuardianAsync(school, studentId, "Родителева", "Мария", "мать", account: parent);
        }

        return (classId, studentId);
    }

    /// <summary>
    /// A student's card and, with a class, their admission into it on <paramref name="admittedOn"/> (by default the
    /// start of the year), recorded in the movement book by its own use case, as the school would.
    /// </summary>
    public static async Task<Guid> AddStudentAsync(
        this PartaAppFactory app, TestSchool school, Guid? classId, string lastName, string firstName, string? middleName = null,
        TestUser? account = null, DateOnly? admittedOn = null)
    {
        var student = new Student
        {
            SchoolId = school.Id, LastName = lastName, FirstName = firstName, MiddleName = middleName, BirthDate = new DateOnly(2015, 5, 1),
            UserId = account?.Id,
        };
        await app.WithDbAsync(school.Id, async db =>
        {
            db.Students.Add(student);
            await db.SaveChangesAsync();
        });
        if (classId is { } c)
        {
            await app.RecordMovementAsync(school, student.Id, MovementKind.Admission, c, admittedOn ?? YearStart);
        }

        return student.Id;
    }

    /// <summary>An event of the movement book through <see cref="RecordMovementEvent"/>; it must be accepted.</summary>
    public static async Task RecordMovementAsync(
        this PartaAppFactory app, TestSchool school, Guid studentId, MovementKind kind, Guid? classId, DateOnly date, string order = "1-у")
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem(school.Id, "test");
        var result = await scope.ServiceProvider.GetRequiredService<RecordMovementEvent>()
            .HandleAsync(new RecordMovementEvent.Request(studentId, kind, classId, new MovementParticulars(date, order, date)));
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Message)));
    }

    public static async Task<Guid> CreateClassAsync(this PartaAppFactory app, TestSchool school, int grade, string letter, Guid? classTeacherId = null)
    {
        var yearId = await app.CurrentYearAsync(school);
        var schoolClass = new SchoolClass { SchoolId = school.Id, AcademicYearId = yearId, Grade = grade, Letter = letter, ClassTeacherId = classTeacherId };
        await app.WithDbAsync(school.Id, async db =>
        {
            db.SchoolClasses.Add(schoolClass);
            await db.SaveChangesAsync();
        });
        return schoolClass.Id;
    }

    public static async Task<Guid> AddGuardianAsync(
        this PartaAppFactory app, TestSchool school, Guid studentId, string lastName, string firstName, string relation, string? phone = null,
        TestUser? account = null)
    {
        var guardian = new Guardian { SchoolId = school.Id, LastName = lastName, FirstName = firstName, Phone = phone, UserId = account?.Id };
        await app.WithDbAsync(school.Id, async db =>
        {
            db.Guardians.Add(guardian);
            db.Guardianships.Add(new Guardianship { SchoolId = school.Id, StudentId = studentId, GuardianId = guardian.Id, Relation = relation });
            await db.SaveChangesAsync();
        });
        return guardian.Id;
    }

    public static async Task<Guid> CreateStaffAsync(this PartaAppFactory app, TestSchool school, string lastName, TestUser? account = null) =>
        await app.WithDbAsync(school.Id, async db =>
        {
            var staff = new StaffMember { SchoolId = school.Id, LastName = lastName, FirstName = "Ирина", MiddleName = "Павловна", Positions = "учитель", UserId = account?.Id };
            db.StaffMembers.Add(staff);
            await db.SaveChangesAsync();
            return staff.Id;
        });

    /// <summary>A staff member (with the account, if given) made the class teacher of the class.</summary>
    public static async Task<Guid> MakeClassTeacherAsync(this PartaAppFactory app, TestSchool school, Guid classId, TestUser teacher)
    {
        var staffId = await app.CreateStaffAsync(school, "Руководителева", teacher);
        await app.WithDbAsync(school.Id, async db =>
        {
            var schoolClass = await db.SchoolClasses.SingleAsync(c => c.Id == classId);
            schoolClass.ClassTeacherId = staffId;
            await db.SaveChangesAsync();
        });
        return staffId;
    }

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

    /// <summary>The school's academic year 2026/2027, created on first use.</summary>
    public static Task<Guid> CurrentYearAsync(this PartaAppFactory app, TestSchool school) =>
        app.WithDbAsync(school.Id, async db =>
        {
            var year = await db.AcademicYears.FirstOrDefaultAsync(y => y.Name == "2026/2027");
            if (year is null)
            {
                year = new AcademicYear { SchoolId = school.Id, Name = "2026/2027", Start = new DateOnly(2026, 9, 1), End = new DateOnly(2027, 8, 31) };
                db.AcademicYears.Add(year);
                await db.SaveChangesAsync();
            }

            return year.Id;
        });

    public static async Task WithDbAsync(this PartaAppFactory app, Guid? schoolId, Func<PartaDbContext, Task> action)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem(schoolId, "test");
        await action(scope.ServiceProvider.GetRequiredService<PartaDbContext>());
    }

    public static async Task<T> WithDbAsync<T>(this PartaAppFactory app, Guid? schoolId, Func<PartaDbContext, Task<T>> action)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem(schoolId, "test");
        return await action(scope.ServiceProvider.GetRequiredService<PartaDbContext>());
    }
}
