using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Scheduling;

/// <summary>One lesson of a printed cell: «англ. Английский 1, 214 (нечёт.)».</summary>
public sealed record PrintedLesson(string Subject, string? Group, string? Room, string Teacher, WeekParity Weeks);

/// <summary>A row of a day's table: a class (or a group of several classes) with its lessons by number.</summary>
public sealed record PrintedRow(string Name, IReadOnlyDictionary<int, IReadOnlyList<PrintedLesson>> Cells);

/// <summary>One day of the week as printed: its lesson numbers across, the classes down.</summary>
public sealed record PrintedDay(int Day, string Name, IReadOnlyList<int> Numbers, IReadOnlyList<PrintedRow> Rows);

public sealed record TimetableVersion(Guid Id, DateOnly ValidFrom, DateOnly ValidTo, string YearName);

/// <summary>The weekly timetable of one version for the whole school, a table per day.</summary>
public sealed record PrintableTimetable(
    TimetableVersion? Version, IReadOnlyList<TimetableVersion> Versions, bool AlternatingWeeks, IReadOnlyList<PrintedDay> Days);

/// <summary>
/// The school's weekly timetable for printing (сводное расписание): the lines (<see cref="TimetableEntry"/>) of one
/// timetable version, not dated lessons — by default the version in force on the school's today (else the nearest).
/// Staff only (<see cref="TimetableViewer.WholeSchool"/>): a family sees its own week instead.
/// </summary>
public sealed class GetPrintableTimetable(PartaDbContext db, CurrentUser user, PermissionResolver resolver, TimeProvider time)
{
    public sealed record Request(Guid? TimetableId);

    public sealed record TimetableNotFound() : NotFound("Расписание не найдено.");

    public sealed record StaffOnly() : Forbidden("Сводное расписание школы открывают сотрудники; учащиеся и родители видят своё расписание на неделю.");

    public async Task<Result<PrintableTimetable>> HandleAsync(Request request, CancellationToken ct = default)
    {
        if (!(await TimetableAccess.ViewerAsync(db, user, resolver, ct)).WholeSchool)
        {
            return new StaffOnly();
        }

        var today = await SchoolClock.TodayAsync(db, time, ct);
        var versions = await VersionsAsync(ct);
        TimetableVersion? version;
        if (request.TimetableId is { } wanted)
        {
            version = versions.FirstOrDefault(v => v.Id == wanted);
            if (version is null)
            {
                return new TimetableNotFound();
            }
        }
        else
        {
            version = versions.FirstOrDefault(v => v.ValidFrom <= today && v.ValidTo >= today)
                ?? versions.Where(v => v.ValidFrom > today).OrderBy(v => v.ValidFrom).FirstOrDefault()
                ?? versions.OrderByDescending(v => v.ValidFrom).FirstOrDefault();
        }

        if (version is null)
        {
            return new PrintableTimetable(null, versions, false, []);
        }

        var alternating = await db.Timetables.AsNoTracking().Where(t => t.Id == version.Id).Select(t => t.AlternatingWeeks).FirstAsync(ct);
        var lines = await db.TimetableEntries.AsNoTracking().Where(e => e.TimetableId == version.Id)
            .Select(e => new
            {
                e.Day, e.Number, e.Weeks, Room = db.Rooms.Where(r => r.Id == e.RoomId).Select(r => r.Name).FirstOrDefault(),
                Subject = e.TeachingAssignment!.Subject!.Name, e.TeachingAssignment.Subject.ShortName,
                e.TeachingAssignment.Teacher!.LastName, e.TeachingAssignment.Teacher.FirstName, e.TeachingAssignment.Teacher.MiddleName,
                e.TeachingAssignment.SchoolClassId, e.TeachingAssignment.StudyGroupId,
                Group = e.TeachingAssignment.StudyGroup!.Name, GroupClassId = (Guid?)e.TeachingAssignment.StudyGroup.SchoolClassId,
            })
            .ToListAsync(ct);
        var yearId = await db.Timetables.AsNoTracking().Where(t => t.Id == version.Id).Select(t => t.AcademicYearId).FirstAsync(ct);
        var classes = await ClassChoices.LoadAsync(db, yearId, ct);
        var daysPerWeek = await db.GradeSettings.AsNoTracking().Where(g => g.AcademicYearId == yearId).Select(g => g.DaysPerWeek).ToListAsync(ct);
        var lastDay = Math.Max(daysPerWeek.DefaultIfEmpty(5).Max(), lines.Select(l => l.Day).DefaultIfEmpty(1).Max());

        var days = new List<PrintedDay>();
        for (var day = 1; day <= Math.Min(lastDay, 6); day++)
        {
            var ofDay = lines.Where(l => l.Day == day).ToList();
            var numbers = ofDay.Select(l => l.Number).Distinct().Order().ToList();
            var rows = new List<PrintedRow>();
            foreach (var c in classes)
            {
                var own = ofDay.Where(l => l.SchoolClassId == c.Id || (l.StudyGroupId != null && l.GroupClassId == c.Id));
                rows.Add(new PrintedRow(c.Name, Cells(own.Select(l => (l.Number, Lesson(l.Subject, l.ShortName, l.StudyGroupId is null ? null : l.Group, l.Room, l.LastName, l.FirstName, l.MiddleName, l.Weeks))))));
            }

            // Groups of several classes have no class row: each is a row of its own, after the classes.
            foreach (var group in ofDay.Where(l => l.SchoolClassId is null && l.GroupClassId is null).GroupBy(l => l.Group ?? "")
                         .OrderBy(g => g.Key, RussianCulture.Collation))
            {
                rows.Add(new PrintedRow(group.Key, Cells(group.Select(l => (l.Number, Lesson(l.Subject, l.ShortName, null, l.Room, l.LastName, l.FirstName, l.MiddleName, l.Weeks))))));
            }

            days.Add(new PrintedDay(day, ScheduleRules.DayNames[day], numbers, rows));
        }

        return new PrintableTimetable(version, versions, alternating, days);
    }

    private static PrintedLesson Lesson(string subject, string? shortName, string? group, string? room, string last, string first, string? middle, WeekParity weeks) =>
        new(string.IsNullOrEmpty(shortName) ? subject : shortName, group, room, PersonName.WithInitials(last, first, middle), weeks);

    private static Dictionary<int, IReadOnlyList<PrintedLesson>> Cells(IEnumerable<(int Number, PrintedLesson Lesson)> lessons) =>
        lessons.GroupBy(x => x.Number).ToDictionary(g => g.Key, g => (IReadOnlyList<PrintedLesson>)g.Select(x => x.Lesson)
            .OrderBy(l => l.Weeks).ThenBy(l => l.Group, RussianCulture.Collation).ToList());

    private async Task<List<TimetableVersion>> VersionsAsync(CancellationToken ct)
    {
        var years = await db.AcademicYears.AsNoTracking().ToDictionaryAsync(y => y.Id, y => y.Name, ct);
        return (await TimetableVersions.AllAsync(db, null, ct))
            .Select(v => new TimetableVersion(v.Id, v.ValidFrom, v.ValidTo, years[v.AcademicYearId]))
            .OrderByDescending(v => v.ValidFrom)
            .ToList();
    }
}
