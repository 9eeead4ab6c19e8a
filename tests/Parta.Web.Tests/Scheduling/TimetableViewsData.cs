using Microsoft.Extensions.DependencyInjection;
using Parta.Access;
using Parta.Data;
using Parta.Movement;
using Parta.Organisation;
using Parta.Scheduling;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.Scheduling;

/// <summary>
/// A small school with a timetable whose dated lessons are made by <see cref="RefreshLessons"/>, as the timetable editor
/// would: class 5 with two English groups (Anna in the first, Boris in the second), an elective of several classes
/// (Boris), a substitution on Tuesday, bells for the first shift. The test week is 30.11.2026 (Monday, the test
/// clock's today) – 06.12.2026.
/// </summary>
internal sealed record TimetableWorld(
    TestSchool School, Guid ClassId, string ClassName, Guid OtherClassId, Guid AnnaId, Guid BorisId,
    Guid MathId, Guid EnglishId, Guid IvanovaId, Guid PetrovaId, Guid SidorovaId,
    Guid Group1Id, Guid Group2Id, Guid ElectiveId, Guid RoomId,
    TestUser Teacher, TestUser Parent, TestUser AnnaAccount, TestUser Coordinator)
{
    public static readonly DateOnly Monday = new(2026, 11, 30);
    public static readonly DateOnly Tuesday = Monday.AddDays(1);
}

internal static class TimetableViewsData
{
    public static async Task<TimetableWorld> CreateTimetableWorldAsync(this PartaAppFactory app)
    {
        var school = await app.CreateSchoolAsync();
        var teacher = await app.CreateUserAsync(school, SchoolRole.Teacher, lastName: "Иванова");
        var parent = await app.CreateUserAsync(school, SchoolRole.Parent, lastName: "Родителева");
        var annaAccount = await app.CreateUserAsync(school, SchoolRole.Student, lastName: "Аннина");
        var coordinator = await app.CreateUserAsync(school, SchoolRole.Coordinator);
        var letter = "Т" + Guid.NewGuid().ToString("N")[..6];
        var classId = await app.CreateClassAsync(school, 5, letter);
        var otherClassId = await app.CreateClassAsync(school, 5, "Д" + Guid.NewGuid().ToString("N")[..6]);
        var anna = await app.AddStudentAsync(school, classId, "Кузнецова", "Анна", "Дмитриевна", annaAccount);
        var boris = await app.AddStudentAsync(school, classId, "Борисов", "Борис", "Ильич");
        await app.AddGuardianAsync(school, anna, "Кузнецова", "Мария", "мать", account: parent);

        var math = await app.CreateSubjectAsync(school, "Математика", "матем.");
        var english = await app.CreateSubjectAsync(school, "Английский язык", "англ.");
        var ivanova = await app.CreateStaffAsync(school, "Иванова", teacher);
        var petrova = await app.CreateStaffAsync(school, "Петрова");
        var sidorova = await app.CreateStaffAsync(school, "Сидорова");
        var group1 = await app.CreateGroupAsync(school, "Английский 1", classId, anna);
        var group2 = await app.CreateGroupAsync(school, "Английский 2", classId, boris);
        var elective = await app.CreateGroupAsync(school, "Робототехника", null, boris);
        var room = await app.CreateRoomAsync(school, "214");
        await app.AddBellsAsync(school);

        var mathLine = await app.CreateAssignmentAsync(school, ivanova, math, classId, null, 5);
        var english1 = await app.CreateAssignmentAsync(school, petrova, english, null, group1, 3);
        var english2 = await app.CreateAssignmentAsync(school, sidorova, english, null, group2, 3);
        var robotics = await app.CreateAssignmentAsync(school, ivanova, math, null, elective, 1);
        var timetable = await app.CreateTimetableAsync(school, TestData.YearStart);
        await app.AddTimetableLineAsync(school, timetable, 1, 1, mathLine, room);
        await app.AddTimetableLineAsync(school, timetable, 1, 2, english1, null);
        await app.AddTimetableLineAsync(school, timetable, 1, 2, english2, null);
        await app.AddTimetableLineAsync(school, timetable, 2, 1, mathLine, room);
        await app.AddTimetableLineAsync(school, timetable, 3, 7, robotics, room);
        await app.AddChangeAsync(school, new LessonChange
        {
            SchoolId = school.Id, Date = TimetableWorld.Tuesday, Kind = LessonChangeKind.Substitution, TeachingAssignmentId = mathLine,
            Number = 1, SubstituteId = petrova, Reason = "болезнь",
        });
        await app.RefreshLessonsAsync(school, TestData.YearStart, new DateOnly(2027, 1, 31));

        return new TimetableWorld(school, classId, SchoolClass.NameOf(5, letter), otherClassId, anna, boris, math, english, ivanova, petrova, sidorova,
            group1, group2, elective, room, teacher, parent, annaAccount, coordinator);
    }

    public static Task<Guid> CreateRoomAsync(this PartaAppFactory app, TestSchool school, string name) =>
        app.WithDbAsync(school.Id, async db =>
        {
            var room = new Room { SchoolId = school.Id, Name = name, Capacity = 30 };
            db.Rooms.Add(room);
            await db.SaveChangesAsync();
            return room.Id;
        });

    /// <summary>Bells of the first shift: lesson 1 at 08:30, 45 minutes each, 10 minutes between.</summary>
    public static Task AddBellsAsync(this PartaAppFactory app, TestSchool school) =>
        app.WithDbAsync(school.Id, async db =>
        {
            for (var n = 1; n <= 7; n++)
            {
                var start = new TimeOnly(8, 30).AddMinutes((n - 1) * 55);
                db.Bells.Add(new Bell { SchoolId = school.Id, Shift = 1, Number = n, Start = start, End = start.AddMinutes(45) });
            }

            await db.SaveChangesAsync();
        });

    public static async Task<Guid> CreateGroupAsync(this PartaAppFactory app, TestSchool school, string name, Guid? classId, params Guid[] members)
    {
        var yearId = await app.CurrentYearAsync(school);
        return await app.WithDbAsync(school.Id, async db =>
        {
            var group = new StudyGroup { SchoolId = school.Id, AcademicYearId = yearId, Name = name + " " + Guid.NewGuid().ToString("N")[..4], SchoolClassId = classId };
            db.StudyGroups.Add(group);
            foreach (var m in members)
            {
                db.StudyGroupMembers.Add(new StudyGroupMember { SchoolId = school.Id, StudyGroupId = group.Id, StudentId = m });
            }

            await db.SaveChangesAsync();
            return group.Id;
        });
    }

    public static async Task<Guid> CreateTimetableAsync(this PartaAppFactory app, TestSchool school, DateOnly validFrom, bool alternating = false)
    {
        var yearId = await app.CurrentYearAsync(school);
        return await app.WithDbAsync(school.Id, async db =>
        {
            var t = new Timetable { SchoolId = school.Id, AcademicYearId = yearId, ValidFrom = validFrom, AlternatingWeeks = alternating };
            db.Timetables.Add(t);
            await db.SaveChangesAsync();
            return t.Id;
        });
    }

    public static Task AddTimetableLineAsync(
        this PartaAppFactory app, TestSchool school, Guid timetableId, int day, int number, Guid assignmentId, Guid? roomId,
        WeekParity weeks = WeekParity.Every) =>
        app.WithDbAsync(school.Id, async db =>
        {
            db.TimetableEntries.Add(new TimetableEntry
            {
                SchoolId = school.Id, TimetableId = timetableId, Day = day, Number = number, TeachingAssignmentId = assignmentId, RoomId = roomId, Weeks = weeks,
            });
            await db.SaveChangesAsync();
        });

    public static Task AddChangeAsync(this PartaAppFactory app, TestSchool school, LessonChange change) =>
        app.WithDbAsync(school.Id, async db =>
        {
            db.LessonChanges.Add(change);
            await db.SaveChangesAsync();
        });

    /// <summary>Makes the dated lessons of the school for the dates, as every timetable change does.</summary>
    public static async Task RefreshLessonsAsync(this PartaAppFactory app, TestSchool school, DateOnly from, DateOnly to)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem(school.Id, "test");
        await scope.ServiceProvider.GetRequiredService<RefreshLessons>().HandleAsync(new RefreshLessons.Request(from, to));
        await scope.ServiceProvider.GetRequiredService<PartaDbContext>().SaveChangesAsync();
    }

    /// <summary>The dated lessons of the school on a date, as stored.</summary>
    public static Task<List<Lesson>> LessonsOnAsync(this PartaAppFactory app, TestSchool school, DateOnly from, DateOnly to) =>
        app.WithDbAsync(school.Id, db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.Lessons.Where(l => l.Date >= from && l.Date <= to)));
}
