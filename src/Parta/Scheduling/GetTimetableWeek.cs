using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Scheduling;

/// <summary>A day column of the week: its lessons, or why there are none (holidays, a day off).</summary>
/// <param name="Day">1 = Monday … 7 = Sunday.</param>
/// <param name="NotSchoolDay">«Каникулы: Осенние каникулы», «Вне учебного года»; null on a school day.</param>
public sealed record TimetableDay(DateOnly Date, int Day, bool IsToday, string? NotSchoolDay, IReadOnlyList<LessonRow> Lessons)
{
    public string Name => Day == 7 ? "Воскресенье" : ScheduleRules.DayNames[Day];

    public string ShortName => Day == 7 ? "Вс" : ScheduleRules.DayShortNames[Day];
}

/// <summary>A row of the week grid: a lesson number and, when all its lessons agree, its time «08:30–09:15».</summary>
public sealed record TimetableRow(int Number, string? Times);

public sealed record TimetableChoice(Guid Id, string Name);

/// <summary>The week grid of a class, a teacher, a room or a student, with what the viewer may pick instead.</summary>
public sealed record TimetableWeek(
    LessonsOf? Of, Guid? Id, string? Title, DateOnly Monday, DateOnly Today, string? Parity,
    IReadOnlyList<TimetableDay> Days, IReadOnlyList<TimetableRow> Rows,
    bool WholeSchool, IReadOnlyList<TimetableChoice> Classes, IReadOnlyList<TimetableChoice> Teachers, IReadOnlyList<TimetableChoice> Rooms,
    IReadOnlyList<FamilyStudent> Family)
{
    public DateOnly Sunday => Monday.AddDays(6);

    public bool HasLessons => Days.Any(d => d.Lessons.Count > 0);
}

/// <summary>
/// The week of dated lessons that contains <see cref="Request.Date"/> (default: the school's today) for whom the viewer
/// names, or for whom they open by default: a teacher their own lessons, a student themself, a parent their first child,
/// other staff the first class. What the viewer may not see is not found (<see cref="TimetableAccess"/>).
/// </summary>
public sealed class GetTimetableWeek(PartaDbContext db, CurrentUser user, PermissionResolver resolver, TimeProvider time)
{
    public sealed record Request(LessonsOf? Of, Guid? Id, DateOnly? Date);

    public async Task<Result<TimetableWeek>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var today = await SchoolClock.TodayAsync(db, time, ct);
        var date = request.Date ?? today;
        var monday = date.AddDays(1 - ScheduleRules.DayOf(date));
        var sunday = monday.AddDays(6);
        var viewer = await TimetableAccess.ViewerAsync(db, user, resolver, ct);
        var year = await db.AcademicYears.AsNoTracking().Where(y => y.Start <= sunday && y.End >= monday).OrderBy(y => y.Start)
                       .Select(y => new { y.Id, y.Start, y.End }).FirstOrDefaultAsync(ct)
                   ?? await db.AcademicYears.AsNoTracking().OrderBy(y => y.Start <= today && y.End >= today ? 0 : 1).ThenByDescending(y => y.Start)
                       .Select(y => new { y.Id, y.Start, y.End }).FirstOrDefaultAsync(ct);

        LessonsOf? of = request.Of;
        Guid? id = request.Id;
        if (of is { } o && id is { } i)
        {
            if (!await viewer.MaySeeAsync(db, o, i, ct))
            {
                return new GetLessons.NotVisible();
            }
        }
        else
        {
            (of, id) = await DefaultAsync(viewer, year?.Id, ct);
        }

        var classes = viewer.WholeSchool ? await ClassChoices.LoadAsync(db, year?.Id, ct) : [];
        var teachers = viewer.WholeSchool ? await TeachersAsync(year?.Id, ct) : [];
        var rooms = viewer.WholeSchool ? await RoomsAsync(ct) : [];
        var lessons = of is { } whose && id is { } whoseId
            ? await LessonRows.ReadAsync(db, whose, whoseId, monday, sunday, ct)
            : [];
        var grade = await GradeAsync(of, id, ct);
        var days = await DaysAsync(year?.Id, year?.Start, year?.End, grade, monday, today, lessons, ct);
        var rows = lessons.GroupBy(l => l.Number).OrderBy(g => g.Key)
            .Select(g =>
            {
                var times = g.Where(l => l.Start is not null && l.End is not null).Select(l => (l.Start!.Value, l.End!.Value)).Distinct().ToList();
                return new TimetableRow(g.Key, times.Count == 1 ? ShowTimes(times[0].Item1, times[0].Item2) : null);
            })
            .ToList();
        var parity = year is null ? null : await ParityAsync(year.Id, year.Start, monday, ct);

        return new TimetableWeek(of, id, await TitleAsync(of, id, viewer, ct), monday, today, parity, days, rows,
            viewer.WholeSchool, classes.Select(c => new TimetableChoice(c.Id, c.Name)).ToList(), teachers, rooms, viewer.Family);
    }

    /// <summary>«08:30–09:15».</summary>
    public static string ShowTimes(TimeOnly start, TimeOnly end) =>
        $"{start.ToString("HH:mm", RussianCulture.Instance)}–{end.ToString("HH:mm", RussianCulture.Instance)}";

    private async Task<(LessonsOf?, Guid?)> DefaultAsync(TimetableViewer viewer, Guid? yearId, CancellationToken ct)
    {
        if (viewer.WholeSchool)
        {
            var staffIds = viewer.StaffIds;
            var teaching = await db.TeachingAssignments.AsNoTracking()
                .Where(a => staffIds.Contains(a.StaffMemberId) && (yearId == null || a.AcademicYearId == yearId))
                .Select(a => (Guid?)a.StaffMemberId).FirstOrDefaultAsync(ct);
            if (teaching is { } teacher)
            {
                return (LessonsOf.Teacher, teacher);
            }

            var first = (await ClassChoices.LoadAsync(db, yearId, ct)).FirstOrDefault();
            return first is null ? (null, null) : (LessonsOf.Class, first.Id);
        }

        return viewer.Family.Count > 0 ? (LessonsOf.Student, viewer.Family[0].Id) : (null, null);
    }

    private async Task<string?> TitleAsync(LessonsOf? of, Guid? id, TimetableViewer viewer, CancellationToken ct)
    {
        switch (of)
        {
            case LessonsOf.Class:
                var c = await db.SchoolClasses.AsNoTracking().Where(x => x.Id == id).Select(x => new { x.Grade, x.Letter }).FirstAsync(ct);
                return $"{SchoolClass.NameOf(c.Grade, c.Letter)} класс";
            case LessonsOf.Teacher:
                var t = await db.StaffMembers.AsNoTracking().Where(x => x.Id == id).Select(x => new { x.LastName, x.FirstName, x.MiddleName }).FirstAsync(ct);
                return PersonName.Full(t.LastName, t.FirstName, t.MiddleName);
            case LessonsOf.Room:
                return "кабинет " + await db.Rooms.AsNoTracking().Where(x => x.Id == id).Select(x => x.Name).FirstAsync(ct);
            case LessonsOf.Student:
                if (viewer.Family.FirstOrDefault(f => f.Id == id) is { } own)
                {
                    return own.ClassName is null ? own.FullName : $"{own.FullName}, {own.ClassName}";
                }

                var s = await db.Students.AsNoTracking().Where(x => x.Id == id)
                    .Select(x => new { x.LastName, x.FirstName, x.MiddleName, Grade = (int?)x.SchoolClass!.Grade, x.SchoolClass.Letter }).FirstAsync(ct);
                var name = PersonName.Full(s.LastName, s.FirstName, s.MiddleName);
                return s.Grade is { } g ? $"{name}, {SchoolClass.NameOf(g, s.Letter!)}" : name;
            default:
                return null;
        }
    }

    /// <summary>The grade whose calendar the days follow: a class's, a student's class's; none (0) for a teacher or a room.</summary>
    private async Task<int> GradeAsync(LessonsOf? of, Guid? id, CancellationToken ct) => of switch
    {
        LessonsOf.Class => await db.SchoolClasses.AsNoTracking().Where(c => c.Id == id).Select(c => c.Grade).FirstOrDefaultAsync(ct),
        LessonsOf.Student => await db.Students.AsNoTracking().Where(s => s.Id == id).Select(s => (int?)s.SchoolClass!.Grade).FirstOrDefaultAsync(ct) ?? 0,
        _ => 0,
    };

    private async Task<IReadOnlyList<TimetableDay>> DaysAsync(
        Guid? yearId, DateOnly? yearStart, DateOnly? yearEnd, int grade, DateOnly monday, DateOnly today, IReadOnlyList<LessonRow> lessons,
        CancellationToken ct)
    {
        var daysPerWeek = 5;
        var entries = new List<CalendarEntryRow>();
        if (yearId is { } y)
        {
            var settings = await db.GradeSettings.AsNoTracking().Where(g => g.AcademicYearId == y).Select(g => new { g.Grade, g.DaysPerWeek }).ToListAsync(ct);
            daysPerWeek = grade == 0
                ? settings.Select(s => s.DaysPerWeek).DefaultIfEmpty(5).Max()
                : settings.FirstOrDefault(s => s.Grade == grade)?.DaysPerWeek ?? 5;
            var sunday = monday.AddDays(6);
            entries = await db.CalendarEntries.AsNoTracking()
                .Where(e => e.AcademicYearId == y && e.Start <= sunday && e.End >= monday)
                .Select(e => new CalendarEntryRow(e.Kind, e.Name, e.Start, e.End, e.Grade, e.TimetableDay))
                .ToListAsync(ct);
        }

        // A teacher's or a room's week has no grade: only the whole school's calendar entries apply to it.
        var applying = entries.Where(e => grade != 0 || e.Grade is null).ToList();
        var rule = applying.Select(e => new CalendarDayEntry(e.Kind, e.Start, e.End, e.Grade, e.TimetableDay)).ToList();
        var days = new List<TimetableDay>();
        for (var d = monday; d <= monday.AddDays(6); d = d.AddDays(1))
        {
            var day = ScheduleRules.DayOf(d);
            var own = lessons.Where(l => l.Date == d).ToList();
            var workingDay = applying.Any(e => e.Kind == CalendarEntryKind.WorkingDay && d >= e.Start && d <= e.End);
            if (own.Count == 0 && !workingDay && (day == 7 || day > daysPerWeek))
            {
                continue;
            }

            string? notSchoolDay = null;
            if (yearStart is not { } start || yearEnd is not { } end || d < start || d > end)
            {
                notSchoolDay = "Вне учебного года";
            }
            else if (!SchoolDayRule.IsSchoolDay(d, grade, daysPerWeek, start, end, rule))
            {
                var entry = applying.FirstOrDefault(e => d >= e.Start && d <= e.End
                    && e.Kind is CalendarEntryKind.Holidays or CalendarEntryKind.PublicHoliday or CalendarEntryKind.DayOff);
                notSchoolDay = entry is null
                    ? "Выходной"
                    : string.IsNullOrWhiteSpace(entry.Name) || entry.Name == SchoolDayRule.Title(entry.Kind)
                        ? SchoolDayRule.Title(entry.Kind)
                        : $"{SchoolDayRule.Title(entry.Kind)}: {entry.Name}";
            }

            days.Add(new TimetableDay(d, day, d == today, notSchoolDay, own));
        }

        return days;
    }

    private sealed record CalendarEntryRow(CalendarEntryKind Kind, string Name, DateOnly Start, DateOnly End, int? Grade, int? TimetableDay);

    /// <summary>«Нечётная неделя» when the timetable in force that week alternates odd and even weeks.</summary>
    private async Task<string?> ParityAsync(Guid yearId, DateOnly yearStart, DateOnly monday, CancellationToken ct)
    {
        var sunday = monday.AddDays(6);
        var alternating = await db.Timetables.AsNoTracking().Where(t => t.AcademicYearId == yearId && t.ValidFrom <= sunday)
            .OrderByDescending(t => t.ValidFrom).Select(t => (bool?)t.AlternatingWeeks).FirstOrDefaultAsync(ct);
        return alternating == true ? ScheduleRules.IsOddWeek(monday, yearStart) ? "Нечётная неделя" : "Чётная неделя" : null;
    }

    /// <summary>The staff who teach in the year (or every staff card when the year has no assignments yet), by name.</summary>
    private async Task<IReadOnlyList<TimetableChoice>> TeachersAsync(Guid? yearId, CancellationToken ct)
    {
        var teaching = db.TeachingAssignments.Where(a => yearId == null || a.AcademicYearId == yearId).Select(a => a.StaffMemberId);
        var staff = await db.StaffMembers.AsNoTracking().Where(s => teaching.Contains(s.Id))
            .Select(s => new { s.Id, s.LastName, s.FirstName, s.MiddleName }).ToListAsync(ct);
        if (staff.Count == 0)
        {
            staff = await db.StaffMembers.AsNoTracking().Select(s => new { s.Id, s.LastName, s.FirstName, s.MiddleName }).ToListAsync(ct);
        }

        return staff.Select(s => new TimetableChoice(s.Id, PersonName.Full(s.LastName, s.FirstName, s.MiddleName)))
            .OrderBy(s => s.Name, RussianCulture.Collation).ToList();
    }

    private async Task<IReadOnlyList<TimetableChoice>> RoomsAsync(CancellationToken ct) =>
        (await db.Rooms.AsNoTracking().Select(r => new TimetableChoice(r.Id, r.Name)).ToListAsync(ct))
        .OrderBy(r => r.Name.Length).ThenBy(r => r.Name, RussianCulture.Collation).ToList();
}
