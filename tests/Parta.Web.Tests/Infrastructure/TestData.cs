using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Parta.Access;
using Parta.Data;
using Parta.Organisation;
using Parta.People;

namespace Parta.Web.Tests.Infrastructure;

public sealed record TestSchool(Guid Id, string Name, string ShortName);

public sealed record TestUser(Guid Id, string Login, string Password, string FullName);

/// <summary>Builders of test data, written straight through the application's own services.</summary>
public static class TestData
{
    public const string Password = "тестовый пароль 2026";

    public static async Task<TestSchool> CreateSchoolAsync(this PartaAppFactory app, string? name = null)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var school = new School { Name = name ?? $"Тестовая школа {suffix}", ShortName = $"Школа {suffix}" };
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
            CreatedAt = DateTime.UtcNow,
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

    /// <summary>A class with a student, whose parent (if given) is linked as a guardian.</summary>
    public static async Task<(Guid ClassId, Guid StudentId)> CreateStudentAsync(
        this PartaAppFactory app, TestSchool school, string lastName, TestUser? parent = null, TestUser? studentAccount = null, int grade = 5,
        bool enrolled = true)
    {
        var schoolClass = new SchoolClass
        {
            SchoolId = school.Id, AcademicYearId = await app.CurrentYearAsync(school), Grade = grade, Letter = "А" + Guid.NewGuid().ToString("N")[..3],
        };
        var student = new Student
        {
            SchoolId = school.Id,
            LastName = lastName,
            FirstName = "Анна",
            MiddleName = "Игоревна",
            BirthDate = new DateOnly(2015, 5, 1),
            SchoolClassId = schoolClass.Id,
            UserId = studentAccount?.Id,
        };
        await app.WithDbAsync(school.Id, async db =>
        {
            db.SchoolClasses.Add(schoolClass);
            db.Students.Add(student);
            if (parent is not null)
            {
                var guardian = new Guardian { SchoolId = school.Id, LastName = "Родителева", FirstName = "Мария", UserId = parent.Id };
                db.Guardians.Add(guardian);
                db.Guardianships.Add(new Guardianship { SchoolId = school.Id, StudentId = student.Id, GuardianId = guardian.Id, Relation = "мать" });
            }

            await db.SaveChangesAsync();
            if (enrolled)
            {
                // In the class since the start of the year, as the movement book says.
                await Parta.Movement.ClassLists.EnrolByDataEntryAsync(db, [student], new DateOnly(2026, 9, 1), TimeProvider.System, default);
                await db.SaveChangesAsync();
            }
        });
        return (schoolClass.Id, student.Id);
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
