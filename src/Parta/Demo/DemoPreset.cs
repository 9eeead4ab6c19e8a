using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Organisation;
using Parta.People;

namespace Parta.Demo;

/// <summary>
/// The <c>demo</c> preset: one demo school with an account for every role, all with the password
/// <see cref="Password"/>. Each module adds its part here (a method per module, called from <see cref="SeedAsync"/>),
/// so the demo school grows in one place. Deterministic: the same data on every run.
/// </summary>
public sealed class DemoPreset(PartaDbContext db, UserManager<User> users, CurrentUser currentUser, TimeProvider time)
{
    public const string Password = "parta-demo";
    public const string SchoolName = "МБОУ «Средняя общеобразовательная школа № 1»";

    public static readonly IReadOnlyList<string> Logins = ["admin", "coordinator", "director", "teacher", "parent", "student"];

    /// <returns><c>false</c> when the demo school was already there (nothing is changed then).</returns>
    public async Task<bool> SeedAsync(CancellationToken ct = default)
    {
        if (await db.Schools.AnyAsync(s => s.IsDemo, ct))
        {
            return false;
        }

        var municipality = await db.Municipalities.FirstOrDefaultAsync(m => m.Name == "Городской округ Демо", ct)
            ?? db.Municipalities.Add(new Municipality { Name = "Городской округ Демо", Region = "Демо-область" }).Entity;
        var school = new School
        {
            Name = SchoolName,
            ShortName = "СОШ № 1",
            Address = "г. Демо, ул. Школьная, д. 1",
            TimeZone = School.DefaultTimeZone,
            MunicipalityId = municipality.Id,
            IsDemo = true,
        };
        db.Schools.Add(school);
        currentUser.ActAsSystem(school.Id, "seed");

        await CreateUserAsync("admin", "Админов", "Сергей", "Петрович", systemAdministrator: true);
        var coordinator = await CreateUserAsync("coordinator", "Соколова", "Елена", "Викторовна");
        var director = await CreateUserAsync("director", "Васильев", "Андрей", "Николаевич");
        var teacher = await CreateUserAsync("teacher", "Иванова", "Мария", "Ивановна");
        var parent = await CreateUserAsync("parent", "Кузнецова", "Ольга", "Александровна");
        var student = await CreateUserAsync("student", "Кузнецова", "Анна", "Дмитриевна");

        AddMembership(school, coordinator, SchoolRole.Coordinator);
        AddMembership(school, director, SchoolRole.Director);
        AddMembership(school, teacher, SchoolRole.Teacher);
        AddMembership(school, parent, SchoolRole.Parent);
        AddMembership(school, student, SchoolRole.Student);

        SeedClassesAndStudents(school, teacher, parent, student);

        await db.SaveChangesAsync(ct);
        return true;

        async Task<User> CreateUserAsync(string login, string lastName, string firstName, string middleName, bool systemAdministrator = false)
        {
            var user = new User
            {
                UserName = login,
                LastName = lastName,
                FirstName = firstName,
                MiddleName = middleName,
                IsSystemAdministrator = systemAdministrator,
                CreatedAt = time.GetUtcNow().UtcDateTime,
            };
            var result = await users.CreateAsync(user, Password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(
                    $"Demo account {login}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
            }

            return user;
        }
    }

    private void AddMembership(School school, User user, SchoolRole role) =>
        db.SchoolMemberships.Add(new SchoolMembership { SchoolId = school.Id, UserId = user.Id, Role = role });

    private void SeedClassesAndStudents(School school, User teacher, User parent, User studentAccount)
    {
        var year = new AcademicYear { SchoolId = school.Id, Name = AcademicYear.NameFor(2026), Start = new DateOnly(2026, 9, 1), End = new DateOnly(2027, 8, 31) };
        db.AcademicYears.Add(year);
        var teacherCard = new StaffMember
        {
            SchoolId = school.Id, LastName = teacher.LastName, FirstName = teacher.FirstName, MiddleName = teacher.MiddleName,
            Positions = "учитель", UserId = teacher.Id,
        };
        db.StaffMembers.Add(teacherCard);
        var class5A = new SchoolClass { SchoolId = school.Id, AcademicYearId = year.Id, Grade = 5, Letter = "А", ClassTeacherId = teacherCard.Id };
        var class7B = new SchoolClass { SchoolId = school.Id, AcademicYearId = year.Id, Grade = 7, Letter = "Б" };
        db.SchoolClasses.AddRange(class5A, class7B);

        var anna = AddStudent("Кузнецова", "Анна", "Дмитриевна", new DateOnly(2015, 3, 14), class5A);
        anna.UserId = studentAccount.Id;
        var ivan = AddStudent("Кузнецов", "Иван", "Дмитриевич", new DateOnly(2013, 10, 2), class7B);
        var mother = new Guardian
        {
            SchoolId = school.Id, LastName = parent.LastName, FirstName = parent.FirstName, MiddleName = parent.MiddleName, UserId = parent.Id,
        };
        db.Guardians.Add(mother);
        db.Guardianships.Add(new Guardianship { SchoolId = school.Id, StudentId = anna.Id, GuardianId = mother.Id, Relation = "мать" });
        db.Guardianships.Add(new Guardianship { SchoolId = school.Id, StudentId = ivan.Id, GuardianId = mother.Id, Relation = "мать" });

        AddStudent("Алексеев", "Артём", "Игоревич", new DateOnly(2015, 1, 20), class5A);
        AddStudent("Белова", "Софья", "Андреевна", new DateOnly(2015, 6, 8), class5A);
        AddStudent("Ёлкин", "Михаил", "Сергеевич", new DateOnly(2015, 2, 11), class5A);
        AddStudent("Смирнов", "Лев", "Павлович", new DateOnly(2015, 9, 30), class5A);
        AddStudent("Орлова", "Дарья", "Максимовна", new DateOnly(2013, 4, 17), class7B);

        Student AddStudent(string lastName, string firstName, string middleName, DateOnly birthDate, SchoolClass schoolClass)
        {
            var student = new Student
            {
                SchoolId = school.Id,
                LastName = lastName,
                FirstName = firstName,
                MiddleName = middleName,
                BirthDate = birthDate,
                SchoolClassId = schoolClass.Id,
            };
            db.Students.Add(student);
            return student;
        }
    }
}
