using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Organisation;
using Parta.People;
using Parta.Scheduling;

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

    public static readonly IReadOnlyList<string> Logins = ["admin", "coordinator", "director", "zavuch", "teacher", "parent", "student"];

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
        Journal.JournalDefaults.AddTo(db, school.Id);
        currentUser.ActAsSystem(school.Id, "seed");

        await CreateUserAsync("admin", "Админов", "Сергей", "Петрович", systemAdministrator: true);
        var coordinator = await CreateUserAsync("coordinator", "Соколова", "Елена", "Викторовна");
        var director = await CreateUserAsync("director", "Васильев", "Андрей", "Николаевич");
        var teacher = await CreateUserAsync("teacher", "Иванова", "Мария", "Ивановна");
        var parent = await CreateUserAsync("parent", "Кузнецова", "Ольга", "Александровна");
        // The demo parent's letters go to the pickup directory (no mail server): an address, so there is something to write.
        parent.Email = "parent@demo.parta.local";
        parent.NormalizedEmail = parent.Email.ToUpperInvariant();
        var student = await CreateUserAsync("student", "Кузнецова", "Анна", "Дмитриевна");

        AddMembership(school, coordinator, SchoolRole.Coordinator);
        AddMembership(school, coordinator, SchoolRole.DeputyDirector);
        AddMembership(school, director, SchoolRole.Director);
        AddMembership(school, teacher, SchoolRole.Teacher);
        AddMembership(school, parent, SchoolRole.Parent);
        AddMembership(school, student, SchoolRole.Student);

        var demo = SeedSchool(school, director, coordinator, teacher, parent, student);

        // The deputy director who teaches history (завуч): the staff card is the school's, the account is made for it.
        var deputyCard = demo.Staff[3];
        var deputy = await CreateUserAsync("zavuch", deputyCard.LastName, deputyCard.FirstName, deputyCard.MiddleName ?? "");
        deputyCard.UserId = deputy.Id;
        AddMembership(school, deputy, SchoolRole.DeputyDirector);

        var timetable = new DemoTimetable(db, school.Id, demo);
        timetable.SeedRoomsAndBells();
        timetable.SeedTimetable(db.ChangeTracker.Entries<GradeSettings>().ToDictionary(g => g.Entity.Grade, g => g.Entity.DaysPerWeek));
        await db.SaveChangesAsync(ct);

        // The dated lessons of the whole year, then this week's substitutions and a cancellation on top of them.
        var refresh = new RefreshLessons(db);
        await refresh.HandleAsync(new(demo.Year.Start, demo.Year.End), ct);
        await db.SaveChangesAsync(ct);
        var changed = timetable.SeedChanges(school.Today(time), demo.Staff[2]);
        await db.SaveChangesAsync(ct);
        if (changed.Count > 0)
        {
            await refresh.HandleAsync(new(changed.Min(), changed.Max()), ct);
            await db.SaveChangesAsync(ct);
        }

        // The lesson plans, and the journals of the year so far: topics, homework, marks and attendance.
        await new DemoJournals(db, school.Id, demo).SeedAsync(school.Today(time), time.GetUtcNow().UtcDateTime, ct);

        // The final marks of the finished quarters, and the first quarter closed.
        await new DemoFinalMarks(db, school.Id, demo).SeedAsync(school.Today(time), time.GetUtcNow().UtcDateTime, ct);

        db.ChangeTracker.Clear();
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

    /// <summary>The school's year, structure and people (the Organisation and People modules' part of the preset).</summary>
    private DemoSchool SeedSchool(School school, User director, User coordinator, User teacher, User parent, User studentAccount)
    {
        var demo = new DemoSchool(db, school.Id);
        demo.SeedYear();
        demo.SeedSubjectsAndCurriculum();
        demo.SeedStaffAndClasses(
            Card(director, "директор"),
            Card(coordinator, "заместитель директора"),
            Card(teacher, "учитель математики"));

        var anna = new Student
        {
            SchoolId = school.Id, LastName = "Кузнецова", FirstName = "Анна", MiddleName = "Дмитриевна", Gender = Gender.Female,
            BirthDate = new DateOnly(2015, 3, 14), UserId = studentAccount.Id, Address = "г. Демо, ул. Садовая, д. 12, кв. 5", HealthGroup = 1,
        };
        var ivan = new Student
        {
            SchoolId = school.Id, LastName = "Кузнецов", FirstName = "Иван", MiddleName = "Дмитриевич", Gender = Gender.Male,
            BirthDate = new DateOnly(2013, 10, 2), Address = anna.Address, HealthGroup = 2,
        };
        demo.SeedStudents(schoolClass => (schoolClass.Grade, schoolClass.Letter) switch
        {
            (5, "А") => Placed(anna, schoolClass),
            (7, "Б") => Placed(ivan, schoolClass),
            _ => null,
        });

        var mother = demo.AddGuardian(anna, parent.LastName, parent.FirstName, parent.MiddleName!, "мать", parent.Id);
        demo.LinkGuardian(ivan, mother, "мать");
        var father = demo.AddGuardian(anna, "Кузнецов", "Дмитрий", "Сергеевич", "отец");
        demo.LinkGuardian(ivan, father, "отец");

        // The demo parent is told at once of low marks and absences of both children: a teacher entering a 2 in the demo
        // produces a letter (an .eml file in the data directory) within the worker's poll. Seeding itself notifies nobody.
        foreach (var child in new[] { anna, ivan })
        {
            db.NotificationSubscriptions.Add(new Notifications.NotificationSubscription
            {
                SchoolId = school.Id, UserId = parent.Id, StudentId = child.Id, LowMarks = true, Absences = true,
                Mode = Notifications.NotificationMode.Instant,
            });
        }
        demo.SeedMovement(school.Today(time), time.GetUtcNow().UtcDateTime);
        return demo;

        StaffMember Card(User user, string positions) => new()
        {
            SchoolId = school.Id, LastName = user.LastName, FirstName = user.FirstName, MiddleName = user.MiddleName,
            Positions = positions, UserId = user.Id,
        };

        static Student Placed(Student student, SchoolClass schoolClass)
        {
            student.SchoolClassId = schoolClass.Id;
            return student;
        }
    }
}
