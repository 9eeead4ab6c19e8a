using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Parta.Data;
using Parta.Organisation;
using Parta.Scheduling;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.Scheduling;

/// <summary>A class with two teachers' assignments, for the timetable's tests.</summary>
public sealed record TimetableSchool(TestSchool School, Guid YearId, Guid ClassId, Guid MathsTeacher, Guid Maths, Guid RussianTeacher, Guid Russian);

/// <summary>Builders of the timetable's tests: a timetable with lines, and running a use case as the school would.</summary>
public static class TimetableTestData
{
    /// <summary>A school with 5А (grade 5), mathematics (Иванова, 4 h) and Russian (Петрова, 5 h), bells of shift 1, and the curriculum of the same hours.</summary>
    public static async Task<TimetableSchool> CreateTimetableSchoolAsync(this PartaAppFactory app, int grade = 5)
    {
        var school = await app.CreateSchoolAsync();
        var yearId = await app.CurrentYearAsync(school);
        var classId = await app.CreateClassAsync(school, grade, "А");
        var ivanova = await app.CreateStaffAsync(school, "Иванова");
        var petrova = await app.CreateStaffAsync(school, "Петрова");
        var maths = await app.CreateSubjectAsync(school, "Математика", "Матем.");
        var russian = await app.CreateSubjectAsync(school, "Русский язык", "Рус. яз.");
        var mathsAssignment = await app.CreateAssignmentAsync(school, ivanova, maths, classId, null, 4);
        var russianAssignment = await app.CreateAssignmentAsync(school, petrova, russian, classId, null, 5);
        await app.WithDbAsync(school.Id, async db =>
        {
            db.CurriculumLines.AddRange(
                new CurriculumLine { SchoolId = school.Id, AcademicYearId = yearId, Grade = grade, SubjectId = maths, HoursPerWeek = 4 },
                new CurriculumLine { SchoolId = school.Id, AcademicYearId = yearId, Grade = grade, SubjectId = russian, HoursPerWeek = 5 });
            for (var n = 1; n <= 7; n++)
            {
                var start = new TimeOnly(8, 30).AddMinutes((n - 1) * 55);
                db.Bells.Add(new Bell { SchoolId = school.Id, Shift = 1, Number = n, Start = start, End = start.AddMinutes(45) });
            }

            await db.SaveChangesAsync();
        });
        return new TimetableSchool(school, yearId, classId, ivanova, mathsAssignment, petrova, russianAssignment);
    }

    /// <summary>A timetable version with lines (day, number, assignment[, weeks]).</summary>
    public static async Task<Guid> CreateTimetableAsync(
        this PartaAppFactory app, TimetableSchool s, DateOnly validFrom, bool alternating, params (int Day, int Number, Guid Assignment, WeekParity Weeks)[] lines) =>
        await app.WithDbAsync(s.School.Id, async db =>
        {
            var timetable = new Timetable { SchoolId = s.School.Id, AcademicYearId = s.YearId, ValidFrom = validFrom, AlternatingWeeks = alternating };
            db.Timetables.Add(timetable);
            db.TimetableEntries.AddRange(lines.Select(l => new TimetableEntry
            {
                SchoolId = s.School.Id, TimetableId = timetable.Id, Day = l.Day, Number = l.Number, TeachingAssignmentId = l.Assignment, Weeks = l.Weeks,
            }));
            await db.SaveChangesAsync();
            return timetable.Id;
        });

    /// <summary>Runs a use case in its own scope as the school's system work, saving what it leaves unsaved.</summary>
    public static async Task<T> UseAsync<TService, T>(this PartaAppFactory app, Guid schoolId, Func<TService, Task<T>> action)
        where TService : notnull
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem(schoolId, "test");
        var result = await action(scope.ServiceProvider.GetRequiredService<TService>());
        await scope.ServiceProvider.GetRequiredService<PartaDbContext>().SaveChangesAsync();
        return result;
    }

    public static Task<RefreshLessons.Outcome> RefreshAsync(this PartaAppFactory app, Guid schoolId, DateOnly from, DateOnly to) =>
        app.UseAsync<RefreshLessons, RefreshLessons.Outcome>(schoolId, r => r.HandleAsync(new RefreshLessons.Request(from, to)));

    /// <summary>The lessons of a date range: date, number, assignment, teacher, change.</summary>
    public static Task<List<Lesson>> LessonsAsync(this PartaAppFactory app, Guid schoolId, DateOnly from, DateOnly to) =>
        app.WithDbAsync(schoolId, db => db.Lessons.AsNoTracking().Where(l => l.Date >= from && l.Date <= to)
            .OrderBy(l => l.Date).ThenBy(l => l.Number).ToListAsync());
}
