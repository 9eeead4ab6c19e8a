using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Movement;
using Parta.Organisation;

namespace Parta.Scheduling;

/// <summary>A line of the weekly timetable as the checks need it.</summary>
public sealed record TimetableLine(Guid Id, int Day, int Number, WeekParity Weeks, Guid AssignmentId, Guid? RoomId);

/// <summary>A teaching assignment as the timetable shows and checks it.</summary>
public sealed record AssignmentFacts(
    Guid Id, Guid TeacherId, string Teacher, Guid SubjectId, string Subject, string SubjectShort, Guid? ClassId, Guid? GroupId,
    decimal HoursPerWeek);

public sealed record ClassFacts(Guid Id, string Name, int Grade, int Shift, int DaysPerWeek);

/// <summary>A group with its members on the date the timetable is checked for.</summary>
public sealed record GroupFacts(Guid Id, string Name, Guid? ClassId, IReadOnlySet<Guid> Members);

public sealed record RoomFacts(Guid Id, string Name, int? Capacity);

/// <summary>
/// Everything about one timetable version that its checks and its editor read, loaded in a fixed number of queries: its
/// lines, the year's assignments, classes (with their lists on <see cref="Date"/>), groups, rooms and curriculum.
/// </summary>
public sealed class TimetablePicture
{
    public required Guid TimetableId { get; init; }
    public required Guid AcademicYearId { get; init; }
    public required DateOnly ValidFrom { get; init; }
    public required DateOnly ValidTo { get; init; }
    public required bool AlternatingWeeks { get; init; }

    /// <summary>The date class lists and group members are taken on: today, or the timetable's first or last day.</summary>
    public required DateOnly Date { get; init; }

    public required List<TimetableLine> Lines { get; init; }
    public required IReadOnlyDictionary<Guid, AssignmentFacts> Assignments { get; init; }
    public required IReadOnlyDictionary<Guid, ClassFacts> Classes { get; init; }
    public required IReadOnlyDictionary<Guid, GroupFacts> Groups { get; init; }
    public required IReadOnlyDictionary<Guid, IReadOnlySet<Guid>> ClassMembers { get; init; }
    public required IReadOnlyDictionary<Guid, string> StudentNames { get; init; }
    public required IReadOnlyDictionary<Guid, RoomFacts> Rooms { get; init; }

    /// <summary>Hours a week of each subject of each class by the curriculum (a class's own line replaces its grade's).</summary>
    public required IReadOnlyDictionary<Guid, IReadOnlyDictionary<Guid, decimal>> Curriculum { get; init; }

    public required IReadOnlyDictionary<Guid, string> SubjectNames { get; init; }

    /// <summary>The ordinary bells: when lesson N of a shift starts and ends (none: the school has not set them).</summary>
    public IReadOnlyDictionary<(int Shift, int Number), (TimeOnly Start, TimeOnly End)> Bells { get; init; } =
        new Dictionary<(int, int), (TimeOnly, TimeOnly)>();

    /// <summary>The shift a line's students study in: its class's (a group of several classes: the first).</summary>
    public int ShiftOf(AssignmentFacts assignment) => ClassOf(assignment) is { } c && Classes.TryGetValue(c, out var cls) ? cls.Shift : 1;

    /// <summary>
    /// Whether two lines of one day are at the same time: in one shift, the same lesson number; in two shifts, lessons
    /// whose bells overlap (lesson 1 of the second shift is not lesson 1 of the first). Without bells for one of them,
    /// lessons of different shifts are taken not to meet.
    /// </summary>
    public bool SameTime(TimetableLine a, TimetableLine b)
    {
        var shiftA = ShiftOf(Assignments[a.AssignmentId]);
        var shiftB = ShiftOf(Assignments[b.AssignmentId]);
        if (shiftA == shiftB)
        {
            return a.Number == b.Number;
        }

        return Bells.TryGetValue((shiftA, a.Number), out var x) && Bells.TryGetValue((shiftB, b.Number), out var y)
            && x.Start < y.End && y.Start < x.End;
    }

    /// <summary>The class a line's students belong to: the assignment's class, or its group's class (none for a group of several classes).</summary>
    public Guid? ClassOf(AssignmentFacts assignment) =>
        assignment.ClassId ?? (assignment.GroupId is { } g && Groups.TryGetValue(g, out var group) ? group.ClassId : null);

    /// <summary>«5А», «5А, англ. 1» or «группа «Робототехника»» (of several classes): whose lesson a line is.</summary>
    public string WhoseName(AssignmentFacts assignment)
    {
        if (assignment.ClassId is { } c)
        {
            return Classes.TryGetValue(c, out var cls) ? cls.Name : "";
        }

        if (assignment.GroupId is { } g && Groups.TryGetValue(g, out var group))
        {
            return group.ClassId is { } gc && Classes.TryGetValue(gc, out var owner) ? $"{owner.Name}, {group.Name}" : $"группа «{group.Name}»";
        }

        return "";
    }

    /// <summary>The students of a line: its class's list, or its group's members.</summary>
    public IReadOnlySet<Guid> StudentsOf(AssignmentFacts assignment)
    {
        if (assignment.ClassId is { } c)
        {
            return ClassMembers.TryGetValue(c, out var members) ? members : new HashSet<Guid>();
        }

        return assignment.GroupId is { } g && Groups.TryGetValue(g, out var group) ? group.Members : new HashSet<Guid>();
    }

    /// <summary>How many days a week the line's students study (a group of several classes: the longest week among them).</summary>
    public int DaysPerWeekOf(AssignmentFacts assignment) =>
        ClassOf(assignment) is { } c && Classes.TryGetValue(c, out var cls)
            ? cls.DaysPerWeek
            : Classes.Values.Select(x => x.DaysPerWeek).DefaultIfEmpty(5).Max();

    /// <summary>«Математика, 5А (Иванова И. И.)».</summary>
    public string Describe(AssignmentFacts assignment) => $"{assignment.Subject}, {WhoseName(assignment)} ({assignment.Teacher})";

    public string RoomName(Guid? roomId) => roomId is { } r && Rooms.TryGetValue(r, out var room) ? room.Name : "";

    /// <summary>A copy of this picture with other lines: the lines as they would be after a change, to check them.</summary>
    public TimetablePicture With(List<TimetableLine> lines) => new()
    {
        TimetableId = TimetableId, AcademicYearId = AcademicYearId, ValidFrom = ValidFrom, ValidTo = ValidTo,
        AlternatingWeeks = AlternatingWeeks, Date = Date, Lines = lines, Assignments = Assignments, Classes = Classes,
        Groups = Groups, ClassMembers = ClassMembers, StudentNames = StudentNames, Rooms = Rooms, Curriculum = Curriculum,
        SubjectNames = SubjectNames, Bells = Bells,
    };

    /// <summary>Loads a timetable of the current school; <c>null</c> when there is none with this id.</summary>
    public static async Task<TimetablePicture?> LoadAsync(PartaDbContext db, Guid timetableId, DateOnly today, CancellationToken ct = default)
    {
        var timetable = await db.Timetables.AsNoTracking().Where(t => t.Id == timetableId)
            .Select(t => new { t.Id, t.AcademicYearId, t.ValidFrom, t.AlternatingWeeks }).FirstOrDefaultAsync(ct);
        if (timetable is null)
        {
            return null;
        }

        return await LoadAsync(db, new Timetable
        {
            Id = timetable.Id, AcademicYearId = timetable.AcademicYearId, ValidFrom = timetable.ValidFrom, AlternatingWeeks = timetable.AlternatingWeeks,
        }, today, ct);
    }

    /// <summary>
    /// Loads the picture of a version as given, saved or not: a version not saved yet (the import's first version of a
    /// year) has no lines, and is checked with the lines it would get.
    /// </summary>
    public static async Task<TimetablePicture> LoadAsync(PartaDbContext db, Timetable timetable, DateOnly today, CancellationToken ct = default)
    {
        var timetableId = timetable.Id;
        var validTo = await TimetableVersions.LastDayAsync(db, timetable.AcademicYearId, timetable.ValidFrom, ct);
        var date = ClassLists.CountDate(today, timetable.ValidFrom, validTo);

        var lines = await db.TimetableEntries.AsNoTracking().Where(e => e.TimetableId == timetableId)
            .Select(e => new TimetableLine(e.Id, e.Day, e.Number, e.Weeks, e.TeachingAssignmentId, e.RoomId))
            .ToListAsync(ct);
        var assignments = await AssignmentsAsync(db, timetable.AcademicYearId, ct);
        var daysPerWeek = await db.GradeSettings.AsNoTracking().Where(g => g.AcademicYearId == timetable.AcademicYearId)
            .ToDictionaryAsync(g => g.Grade, g => g.DaysPerWeek, ct);
        var classes = (await db.SchoolClasses.AsNoTracking().Where(c => c.AcademicYearId == timetable.AcademicYearId)
                .Select(c => new { c.Id, c.Grade, c.Letter, c.Shift }).ToListAsync(ct))
            .ToDictionary(c => c.Id, c => new ClassFacts(c.Id, SchoolClass.NameOf(c.Grade, c.Letter), c.Grade, c.Shift,
                daysPerWeek.GetValueOrDefault(c.Grade, 5)));
        var classIds = classes.Keys.ToList();
        var enrolments = await ClassLists.InForceOn(db, date).AsNoTracking()
            .Where(e => classIds.Contains(e.SchoolClassId))
            .Select(e => new { e.SchoolClassId, e.StudentId, e.Student!.LastName, e.Student.FirstName }).ToListAsync(ct);
        var groups = await db.StudyGroups.AsNoTracking().Where(g => g.AcademicYearId == timetable.AcademicYearId)
            .Select(g => new { g.Id, g.Name, g.SchoolClassId }).ToListAsync(ct);
        var groupIds = groups.Select(g => g.Id).ToList();
        var members = await db.StudyGroupMembers.AsNoTracking()
            .Where(m => groupIds.Contains(m.StudyGroupId) && (m.Until == null || m.Until > date))
            .Join(db.Students, m => m.StudentId, s => s.Id, (m, s) => new { m.StudyGroupId, m.StudentId, s.LastName, s.FirstName })
            .ToListAsync(ct);
        var names = new Dictionary<Guid, string>();
        foreach (var e in enrolments)
        {
            names[e.StudentId] = $"{e.LastName} {e.FirstName}";
        }

        foreach (var m in members)
        {
            names[m.StudentId] = $"{m.LastName} {m.FirstName}";
        }

        var rooms = await db.Rooms.AsNoTracking().Select(r => new RoomFacts(r.Id, r.Name, r.Capacity)).ToDictionaryAsync(r => r.Id, ct);
        var curriculumLines = await db.CurriculumLines.AsNoTracking().Where(l => l.AcademicYearId == timetable.AcademicYearId)
            .Select(l => new CurriculumHours(l.SubjectId, l.Grade, l.SchoolClassId, l.HoursPerWeek)).ToListAsync(ct);
        var curriculum = classes.Values.ToDictionary(c => c.Id, c => (IReadOnlyDictionary<Guid, decimal>)ClassCurriculum.Of(curriculumLines, c.Grade, c.Id));

        var subjects = await db.Subjects.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var membersOf = members.ToLookup(m => m.StudyGroupId, m => m.StudentId);
        var studentsOf = enrolments.ToLookup(e => e.SchoolClassId, e => e.StudentId);
        var bells = await db.Bells.AsNoTracking().Where(b => !b.Shortened).ToDictionaryAsync(b => (b.Shift, b.Number), b => (b.Start, b.End), ct);
        return new TimetablePicture
        {
            TimetableId = timetable.Id, AcademicYearId = timetable.AcademicYearId, ValidFrom = timetable.ValidFrom, ValidTo = validTo,
            AlternatingWeeks = timetable.AlternatingWeeks, Date = date, Lines = lines, Assignments = assignments, Classes = classes,
            Groups = groups.ToDictionary(g => g.Id, g => new GroupFacts(g.Id, g.Name, g.SchoolClassId,
                membersOf[g.Id].ToHashSet())),
            ClassMembers = classes.Keys.ToDictionary(c => c, c => (IReadOnlySet<Guid>)studentsOf[c].ToHashSet()),
            StudentNames = names, Rooms = rooms, Curriculum = curriculum, SubjectNames = subjects, Bells = bells,
        };
    }

    /// <summary>The year's teaching assignments with their teachers' short names, for the timetable and its checks.</summary>
    public static async Task<Dictionary<Guid, AssignmentFacts>> AssignmentsAsync(PartaDbContext db, Guid academicYearId, CancellationToken ct)
    {
        var rows = await db.TeachingAssignments.AsNoTracking().Where(a => a.AcademicYearId == academicYearId)
            .Select(a => new
            {
                a.Id, a.StaffMemberId, a.Teacher!.LastName, a.Teacher.FirstName, a.Teacher.MiddleName, a.SubjectId,
                Subject = a.Subject!.Name, a.Subject.ShortName, a.SchoolClassId, a.StudyGroupId, a.HoursPerWeek,
            })
            .ToListAsync(ct);
        return rows.ToDictionary(a => a.Id, a => new AssignmentFacts(a.Id, a.StaffMemberId, PersonName.WithInitials(a.LastName, a.FirstName, a.MiddleName),
            a.SubjectId, a.Subject, string.IsNullOrEmpty(a.ShortName) ? a.Subject : a.ShortName, a.SchoolClassId, a.StudyGroupId, a.HoursPerWeek));
    }
}
