using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Movement;
using Parta.Organisation;
using Parta.Scheduling;

namespace Parta.Home;

/// <param name="ClassId">The class taught, or the class of the group (none for a group of several classes).</param>
public sealed record TaughtLine(Guid? ClassId, string Target, string Subject, decimal HoursPerWeek);

public sealed record LedClass(Guid Id, string Name, int Students);

/// <param name="TodayLessons">«Уроки сегодня»: the lessons the teacher gives today, substitutions included.</param>
/// <param name="TodayGivenAway">Their lessons another teacher gives today.</param>
public sealed record TeacherWork(
    string? YearName, IReadOnlyList<TaughtLine> Teaching, decimal TotalHours, IReadOnlyList<LedClass> LedClasses,
    IReadOnlyList<DayLesson>? TodayLessons = null, IReadOnlyList<DayLesson>? TodayGivenAway = null);

/// <summary>
/// «Моя работа»: what a teacher teaches this year (classes and groups, subjects, weekly hours) and the classes they lead
/// as class teacher with today's size (the movement book's count), and today's lessons with their changes.
/// </summary>
public sealed class GetTeacherWork(PartaDbContext db, CurrentUser user, TimeProvider time)
{
    public sealed record Request;

    public async Task<Result<TeacherWork>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var today = await SchoolClock.TodayAsync(db, time, ct);
        var year = await SchoolClock.CurrentYearAsync(db, today, ct);
        var mine = await TeacherClasses.ForUserAsync(db, user.UserId, year?.Id, ct);
        if (year is null || mine.StaffIds.Count == 0)
        {
            return new TeacherWork(year?.Name, [], 0, []);
        }

        var staffIds = mine.StaffIds;
        var teaching = (await db.TeachingAssignments.AsNoTracking()
                .Where(a => a.AcademicYearId == year.Id && staffIds.Contains(a.StaffMemberId))
                .Select(a => new
                {
                    ClassId = a.SchoolClassId ?? a.StudyGroup!.SchoolClassId, Grade = (int?)a.SchoolClass!.Grade, a.SchoolClass.Letter,
                    Group = a.StudyGroup!.Name, Subject = a.Subject!.Name, a.Subject.SortOrder, a.HoursPerWeek,
                })
                .ToListAsync(ct))
            .Select(a => new { a.ClassId, Target = a.Grade is { } g ? SchoolClass.NameOf(g, a.Letter) : a.Group ?? "", a.Subject, a.SortOrder, a.HoursPerWeek })
            .OrderBy(a => a.Target, ClassOrder.Instance).ThenBy(a => a.SortOrder).ThenBy(a => a.Subject, RussianCulture.Collation)
            .Select(a => new TaughtLine(a.ClassId, a.Target, a.Subject, a.HoursPerWeek))
            .ToList();

        var on = ClassLists.CountDate(today, year.Start, year.End);
        var inForce = ClassLists.InForceOn(db, on);
        var ledIds = mine.LedClassIds;
        var led = await db.SchoolClasses.AsNoTracking()
            .Where(c => ledIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Grade, c.Letter, Students = inForce.Count(e => e.SchoolClassId == c.Id) })
            .ToListAsync(ct);
        var (lessons, givenAway) = await GetMyDay.LessonsAsync(db, staffIds, today, ct);
        return new TeacherWork(year.Name, teaching, teaching.Sum(t => t.HoursPerWeek),
            ClassOrder.Sort(led, c => c.Grade, c => c.Letter).Select(c => new LedClass(c.Id, SchoolClass.NameOf(c.Grade, c.Letter), c.Students)).ToList(),
            lessons, givenAway);
    }
}
