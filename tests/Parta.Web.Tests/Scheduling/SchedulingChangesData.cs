using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Parta.Access;
using Parta.Data;
using Parta.Scheduling;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.Scheduling;

/// <summary>
/// A small school with a timetable for the tests of bells, rooms and the day's changes. The test clock stands on Monday
/// 30.11.2026; <see cref="Tuesday"/> is the next day.
/// </summary>
internal sealed record SmallSchool(
    TestSchool School, Guid YearId, Guid Class5A, Guid Class6B, Guid Maths, Guid Russian, Guid Ivanova, Guid Petrova, Guid Sidorova,
    Guid Maths5A, Guid Russian5A, Guid Russian6B, Guid Room101, Guid Room202)
{
    public static readonly DateOnly Monday = new(2026, 11, 30);
    public static readonly DateOnly Tuesday = new(2026, 12, 1);
}

internal static class SchedulingChangesData
{
    /// <summary>
    /// 5А and 6Б, first shift; bells 1–3 at 08:30, 09:25, 10:20 (45 minutes); shortened bells 08:30, 09:10, 09:50 (30 minutes).
    /// Every weekday: 5А has maths (Иванова, room 101) 1st and Russian (Петрова) 2nd; 6Б Russian (Сидорова, room 202) 1st.
    /// Петрова and Сидорова teach Russian; Иванова maths. Lessons made from today to the end of December.
    /// </summary>
    public static async Task<SmallSchool> CreateSmallSchoolAsync(this PartaAppFactory app, TestUser? ivanovaAccount = null, TestUser? petrovaAccount = null)
    {
        var school = await app.CreateSchoolAsync();
        var yearId = await app.CurrentYearAsync(school);
        var c5 = await app.CreateClassAsync(school, 5, "А");
        var c6 = await app.CreateClassAsync(school, 6, "Б");
        var maths = await app.CreateSubjectAsync(school, "Математика", "Матем.");
        var russian = await app.CreateSubjectAsync(school, "Русский язык", "Рус. яз.");
        var ivanova = await app.CreateStaffAsync(school, "Иванова", ivanovaAccount);
        var petrova = await app.CreateStaffAsync(school, "Петрова", petrovaAccount);
        var sidorova = await app.CreateStaffAsync(school, "Сидорова");
        var maths5 = await app.CreateAssignmentAsync(school, ivanova, maths, c5, null, 5);
        var russian5 = await app.CreateAssignmentAsync(school, petrova, russian, c5, null, 5);
        var russian6 = await app.CreateAssignmentAsync(school, sidorova, russian, c6, null, 5);
        var (r101, r202) = await app.WithDbAsync(school.Id, async db =>
        {
            var a = new Room { SchoolId = school.Id, Name = "101" };
            var b = new Room { SchoolId = school.Id, Name = "202" };
            db.Rooms.AddRange(a, b);
            foreach (var (n, start) in new[] { (1, new TimeOnly(8, 30)), (2, new TimeOnly(9, 25)), (3, new TimeOnly(10, 20)) })
            {
                db.Bells.Add(new Bell { SchoolId = school.Id, Shift = 1, Number = n, Start = start, End = start.AddMinutes(45) });
            }

            foreach (var (n, start) in new[] { (1, new TimeOnly(8, 30)), (2, new TimeOnly(9, 10)), (3, new TimeOnly(9, 50)) })
            {
                db.Bells.Add(new Bell { SchoolId = school.Id, Shift = 1, Shortened = true, Number = n, Start = start, End = start.AddMinutes(30) });
            }

            var timetable = new Timetable { SchoolId = school.Id, AcademicYearId = yearId, ValidFrom = TestData.YearStart };
            db.Timetables.Add(timetable);
            for (var day = 1; day <= 5; day++)
            {
                db.TimetableEntries.Add(new TimetableEntry { SchoolId = school.Id, TimetableId = timetable.Id, Day = day, Number = 1, TeachingAssignmentId = maths5, RoomId = a.Id });
                db.TimetableEntries.Add(new TimetableEntry { SchoolId = school.Id, TimetableId = timetable.Id, Day = day, Number = 2, TeachingAssignmentId = russian5 });
                db.TimetableEntries.Add(new TimetableEntry { SchoolId = school.Id, TimetableId = timetable.Id, Day = day, Number = 1, TeachingAssignmentId = russian6, RoomId = b.Id });
            }

            await db.SaveChangesAsync();
            return (a.Id, b.Id);
        });
        await app.RefreshAsync(school, SmallSchool.Monday, new DateOnly(2026, 12, 31));
        return new SmallSchool(school, yearId, c5, c6, maths, russian, ivanova, petrova, sidorova, maths5, russian5, russian6, r101, r202);
    }

    public static async Task RefreshAsync(this PartaAppFactory app, TestSchool school, DateOnly from, DateOnly to)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem(school.Id, "test");
        await scope.ServiceProvider.GetRequiredService<RefreshLessons>().HandleAsync(new RefreshLessons.Request(from, to));
        await scope.ServiceProvider.GetRequiredService<PartaDbContext>().SaveChangesAsync();
    }

    public static Task<List<Lesson>> LessonsAsync(this PartaAppFactory app, TestSchool school, DateOnly date) =>
        app.WithDbAsync(school.Id, db => db.Lessons.AsNoTracking().Where(l => l.Date == date).OrderBy(l => l.Number).ThenBy(l => l.SchoolClassId).ToListAsync());

    public static async Task<Lesson> LessonAsync(this PartaAppFactory app, TestSchool school, DateOnly date, Guid assignmentId) =>
        (await app.LessonsAsync(school, date)).Single(l => l.TeachingAssignmentId == assignmentId);

    public static async Task<HttpClient> CoordinatorAsync(this PartaAppFactory app, TestSchool school) =>
        await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));
}
