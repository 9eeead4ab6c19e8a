using System.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Common;
using Parta.Data;
using Parta.Organisation;
using Parta.People;
using Parta.Scheduling;

namespace Parta.Demo;

/// <summary>
/// The datasets for benchmarks at a city's scale (command <c>seed school|district</c>): schools of one municipality
/// made by the demo school's generators (<see cref="DemoSchool"/>, <see cref="DemoTimetable"/>,
/// <see cref="RefreshLessons"/>, <see cref="DemoJournals"/>) at the sizes of <see cref="Dataset"/>, each school's year
/// up to a chosen day, written past the change tracker by <see cref="BulkInsert"/>. Every staff member who teaches or
/// leads, every student and every parent has an account with the demo password: logins <c>s{N}-director</c>,
/// <c>s{N}-coordinator</c>, <c>s{N}-t{K}</c> (staff), <c>s{N}-s{K}</c> (students), <c>s{N}-p{K}</c> (parents), N the
/// school's number. The same seed gives the same schools, people, timetables and journals (the ids differ).
/// </summary>
public sealed class DatasetPreset(PartaDbContext db, CurrentUser currentUser, IPasswordHasher<User> hasher, ILookupNormalizer normalizer, TimeProvider time)
{
    /// <summary>A dataset: a name, the seed and the number of students of each school.</summary>
    public sealed record Dataset(string Name, int Seed, IReadOnlyList<int> Students)
    {
        public static readonly IReadOnlyList<string> Names = ["school", "district"];

        /// <summary>One urban school of about 600 students in 26 classes (or of another size).</summary>
        public static Dataset School(int seed, int students = 600) => new("school", seed, [students]);

        /// <summary>
        /// 50 schools of one municipality, sizes log-normal around a median of about 350 (a few rural schools of 50–150,
        /// a few of 1,200 and more), about 21,000 students in all.
        /// </summary>
        public static Dataset District(int seed)
        {
            var random = new Random(seed);
            var raw = Enumerable.Range(0, 50).Select(_ => Math.Exp(Math.Log(350) + 0.75 * Normal(random))).ToList();
            var scale = 21_000 / raw.Sum();
            return new("district", seed, [.. raw.Select(r => (int)Math.Clamp(Math.Round(r * scale), 50, 1_400))]);
        }

        public static Dataset? Find(string name, int seed, int? students = null) => name switch
        {
            "school" => School(seed, students ?? 600),
            "district" => District(seed),
            _ => null,
        };

        private static double Normal(Random random) =>
            Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble())) * Math.Cos(2.0 * Math.PI * random.NextDouble());
    }

    /// <summary>What was made: schools, people, the time to generate them, and the rows written and the time it took.</summary>
    public sealed record Outcome(int Schools, int Students, int Accounts, TimeSpan Generating, BulkInsert.Written Written);

    /// <summary>The last day of the demo year's lessons: a preset is a whole school year unless told otherwise.</summary>
    public static readonly DateOnly YearsLastLesson = new(2027, 5, 26);

    /// <param name="today">The day the year is made up to: journals are filled on the days before it.</param>
    /// <param name="progress">A line per school, in Russian.</param>
    public async Task<Outcome> SeedAsync(Dataset dataset, DateOnly today, Action<string> progress, CancellationToken ct = default)
    {
        var now = today.ToDateTime(new TimeOnly(15, 0), DateTimeKind.Utc);
        var utcNow = time.GetUtcNow().UtcDateTime;
        var passwordHash = hasher.HashPassword(new User { LastName = "", FirstName = "" }, DemoPreset.Password);
        var municipality = new Municipality { Name = $"Заречный муниципальный округ ({dataset.Name}, {dataset.Seed})", Region = "Демо-область" };
        db.Municipalities.Add(municipality);
        var total = new Outcome(0, 0, 0, TimeSpan.Zero, await BulkInsert.FlushAddedAsync(db, ct));

        for (var i = 0; i < dataset.Students.Count; i++)
        {
            var clock = Stopwatch.StartNew();
            var number = i + 1;
            var rural = dataset.Students[i] < 150;
            var town = rural ? "с. Луговое" : "г. Заречный";
            var school = new School
            {
                Name = rural ? $"МБОУ «Основная общеобразовательная школа с. Луговое № {number}»" : $"МБОУ «Средняя общеобразовательная школа № {number}»",
                ShortName = rural ? $"ООШ № {number}" : $"СОШ № {number}",
                Address = $"{town}, ул. Школьная, д. {number}",
                TimeZone = School.DefaultTimeZone,
                MunicipalityId = municipality.Id,
            };
            db.Schools.Add(school);
            Journal.JournalDefaults.AddTo(db, school.Id);
            currentUser.ActAsSystem(school.Id, "seed");

            var demo = new DemoSchool(db, school.Id, SchoolShape.ForStudents(dataset.Students[i], dataset.Seed * 1_000 + number, town));
            demo.SeedYear();
            demo.SeedSubjectsAndCurriculum();
            demo.SeedStaffAndClasses(demo.NewCard("директор"), demo.NewCard("заместитель директора"), demo.NewCard("учитель математики"));
            demo.SeedStudents(_ => null);
            demo.SeedMovement(today, utcNow);
            var timetable = new DemoTimetable(db, school.Id, demo);
            timetable.SeedRoomsAndBells();
            timetable.SeedTimetable(db.ChangeTracker.Entries<GradeSettings>().ToDictionary(g => g.Entity.Grade, g => g.Entity.DaysPerWeek));
            var accounts = Accounts(school.Id, number, demo, passwordHash, utcNow);
            var generating = clock.Elapsed;
            var written = await BulkInsert.FlushAddedAsync(db, ct);

            clock.Restart();
            await new RefreshLessons(db).HandleAsync(new(demo.Year.Start, demo.Year.End), ct);
            var lessons = db.ChangeTracker.Entries<Lesson>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
            db.ChangeTracker.Clear();
            var rows = new GeneratedRows(lessons);
            await new DemoJournals(db, school.Id, demo, rows).SeedAsync(today, now, ct);
            generating += clock.Elapsed;
            written = written.Plus(await BulkInsert.WriteAsync(db, rows.All, ct));

            var students = demo.Classes.Sum(c => c.Students.Count);
            total = new Outcome(total.Schools + 1, total.Students + students, total.Accounts + accounts, total.Generating + generating,
                total.Written.Plus(written));
            progress($"{school.ShortName} ({number} из {dataset.Students.Count}): {RussianPlural.Count(students, "учащийся", "учащихся", "учащихся")}, "
                + $"{RussianPlural.Count(demo.Classes.Count, "класс", "класса", "классов")}, {RussianPlural.Count(lessons.Count, "урок", "урока", "уроков")}, "
                + $"{RussianPlural.Count(written.Rows, "строка", "строки", "строк")}; расчёт {generating.TotalSeconds:0.0} с, запись {written.Elapsed.TotalSeconds:0.0} с "
                + $"({written.RowsPerSecond:0} строк/с)");
        }

        return total;
    }

    /// <summary>Accounts of the school's leaders, teachers, students and parents, all with one password hash.</summary>
    private int Accounts(Guid schoolId, int number, DemoSchool demo, string passwordHash, DateTime now)
    {
        var count = 0;
        var teaching = demo.Assignments.Select(a => a.StaffMemberId).ToHashSet();
        var staffNumber = 0;
        for (var i = 0; i < demo.Staff.Count; i++)
        {
            var card = demo.Staff[i];
            SchoolRole[] roles = i switch
            {
                0 => [SchoolRole.Director],
                1 => [SchoolRole.Coordinator, SchoolRole.DeputyDirector],
                _ when teaching.Contains(card.Id) => i == 3 ? [SchoolRole.DeputyDirector, SchoolRole.Teacher] : [SchoolRole.Teacher],
                _ => [],
            };
            if (roles.Length == 0)
            {
                continue;
            }

            var login = i switch
            {
                0 => $"s{number}-director",
                1 => $"s{number}-coordinator",
                _ => $"s{number}-t{++staffNumber}",
            };
            card.UserId = Account(login, card.LastName, card.FirstName, card.MiddleName, roles);
        }

        var studentNumber = 0;
        foreach (var student in demo.Classes.SelectMany(c => c.Students))
        {
            student.UserId = Account($"s{number}-s{++studentNumber}", student.LastName, student.FirstName, student.MiddleName, [SchoolRole.Student]);
        }

        var parentNumber = 0;
        foreach (var guardian in db.ChangeTracker.Entries<Guardian>().Select(e => e.Entity).ToList())
        {
            guardian.UserId = Account($"s{number}-p{++parentNumber}", guardian.LastName, guardian.FirstName, guardian.MiddleName, [SchoolRole.Parent]);
        }

        return count;

        Guid Account(string login, string lastName, string firstName, string? middleName, SchoolRole[] roles)
        {
            var user = new User
            {
                UserName = login, NormalizedUserName = normalizer.NormalizeName(login), LastName = lastName, FirstName = firstName,
                MiddleName = middleName, PasswordHash = passwordHash, LockoutEnabled = true, CreatedAt = now,
            };
            db.Users.Add(user);
            foreach (var role in roles)
            {
                db.SchoolMemberships.Add(new SchoolMembership { SchoolId = schoolId, UserId = user.Id, Role = role });
            }

            count++;
            return user.Id;
        }
    }
}
