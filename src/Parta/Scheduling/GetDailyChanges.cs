using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Scheduling;

/// <summary>The lessons of one class (or of a group of several classes) on the day.</summary>
public sealed record ClassDay(string Name, IReadOnlyList<DayLesson> Lessons);

/// <summary>A teaching assignment as the form of an extra lesson offers it: «5А, Математика — Иванова М. И.».</summary>
public sealed record AssignmentChoice(Guid Id, string Title);

public sealed record RoomChoice(Guid Id, string Name);

/// <summary>«Замены»: the school's lessons of a date by class, with their changes, and what the day's forms offer.</summary>
/// <param name="InYear">Whether changes may be made on this date (a date of the current school year).</param>
public sealed record DailyChanges(
    DateOnly Date, DateOnly Previous, DateOnly Next, bool InYear, IReadOnlyList<ClassDay> Classes, int ChangeCount,
    IReadOnlyList<AssignmentChoice> Assignments, IReadOnlyList<RoomChoice> Rooms);

/// <summary>Reads a day of the whole school for the deputy director who makes its changes.</summary>
public sealed class GetDailyChanges(PartaDbContext db, TimeProvider time)
{
    /// <param name="Date">None: the school's today.</param>
    public sealed record Request(DateOnly? Date);

    public async Task<Result<DailyChanges>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var today = await SchoolClock.TodayAsync(db, time, ct);
        var date = request.Date ?? today;
        var year = await SchoolClock.CurrentYearAsync(db, today, ct);
        var lessons = await DayLessons.LoadAsync(db, db.Lessons.Where(l => l.Date == date && !l.NotInTimetable), ct);
        var classes = lessons.GroupBy(l => l.OwnerClassId is null ? l.Whose : l.Whose.Split(',')[0])
            .OrderBy(g => g.Key, ClassOrder.Instance)
            .Select(g => new ClassDay(g.Key, g.OrderBy(l => l.Number).ThenBy(l => l.Whose, ClassOrder.Instance).ToList()))
            .ToList();

        var assignments = new List<AssignmentChoice>();
        if (year is not null)
        {
            var facts = await TimetablePicture.AssignmentsAsync(db, year.Id, ct);
            var groups = await db.StudyGroups.AsNoTracking().Where(g => g.AcademicYearId == year.Id)
                .Select(g => new { g.Id, g.Name, ClassGrade = (int?)g.SchoolClass!.Grade, ClassLetter = g.SchoolClass.Letter }).ToDictionaryAsync(g => g.Id, ct);
            var classNames = await db.SchoolClasses.AsNoTracking().Where(c => c.AcademicYearId == year.Id)
                .Select(c => new { c.Id, c.Grade, c.Letter }).ToDictionaryAsync(c => c.Id, c => SchoolClass.NameOf(c.Grade, c.Letter), ct);
            assignments = facts.Values.Select(a =>
                {
                    var whose = a.ClassId is { } c ? classNames.GetValueOrDefault(c, "")
                        : a.GroupId is { } g && groups.TryGetValue(g, out var group)
                            ? group.ClassGrade is { } grade ? $"{SchoolClass.NameOf(grade, group.ClassLetter!)}, {group.Name}" : group.Name
                            : "";
                    return new AssignmentChoice(a.Id, $"{whose}, {a.Subject} — {a.Teacher}");
                })
                .OrderBy(a => a.Title, ClassOrder.Instance).ToList();
        }

        var rooms = (await db.Rooms.AsNoTracking().Select(r => new RoomChoice(r.Id, r.Name)).ToListAsync(ct))
            .OrderBy(r => r.Name, RoomOrder.Instance).ToList();
        var previous = await db.Lessons.Where(l => l.Date < date).MaxAsync(l => (DateOnly?)l.Date, ct) ?? Weekday(date, -1);
        var next = await db.Lessons.Where(l => l.Date > date).MinAsync(l => (DateOnly?)l.Date, ct) ?? Weekday(date, 1);
        return new DailyChanges(date, previous, next, year?.Contains(date) == true, classes, lessons.Count(l => l.Change is not null),
            assignments, rooms);
    }

    /// <summary>The day before or after, skipping a Sunday (when there are no lessons to step to).</summary>
    public static DateOnly Weekday(DateOnly date, int step)
    {
        var d = date.AddDays(step);
        return d.DayOfWeek == DayOfWeek.Sunday ? d.AddDays(step) : d;
    }
}
