using Parta.Organisation;

namespace Parta.Scheduling;

/// <summary>
/// Finds every conflict of a timetable, without a database: the one check that the grid, the cell editor, the import,
/// the copy and the demo generator all use.
/// </summary>
public static class TimetableConflicts
{
    public static List<TimetableConflict> Find(TimetablePicture picture)
    {
        var conflicts = new List<TimetableConflict>();
        var lines = picture.Lines.Where(l => picture.Assignments.ContainsKey(l.AssignmentId)).ToList();

        foreach (var day in lines.GroupBy(l => l.Day).OrderBy(g => g.Key))
        {
            var inDay = day.OrderBy(l => l.Number).ToList();
            for (var i = 0; i < inDay.Count; i++)
            {
                for (var j = i + 1; j < inDay.Count; j++)
                {
                    var a = inDay[i];
                    var b = inDay[j];
                    if (Overlap(a.Weeks, b.Weeks) && picture.SameTime(a, b))
                    {
                        Pair(picture, a, b, conflicts);
                    }
                }
            }
        }

        foreach (var line in lines)
        {
            var assignment = picture.Assignments[line.AssignmentId];
            if (line.Day > picture.DaysPerWeekOf(assignment))
            {
                conflicts.Add(new TimetableConflict(ConflictKind.NotSchoolDay,
                    $"{ScheduleRules.DayNames[Math.Clamp(line.Day, 1, 6)]}, {line.Number}-й урок: {picture.Describe(assignment)} — у {picture.WhoseName(assignment)} "
                    + $"{RussianPlural.Count(picture.DaysPerWeekOf(assignment), "учебный день", "учебных дня", "учебных дней")} в неделю, это не учебный день.",
                    [line.Id], [Place(picture, assignment, line)]));
            }
        }

        SanitaryLoad(picture, lines, conflicts);
        AssignmentHours(picture, lines, conflicts);
        CurriculumHours(picture, lines, conflicts);
        return conflicts;
    }

    /// <summary>Whether two lines meet in the same weeks: a line of every week meets all; odd meets odd, even meets even.</summary>
    public static bool Overlap(WeekParity a, WeekParity b) => a == WeekParity.Every || b == WeekParity.Every || a == b;

    /// <summary>How many lessons a week each assignment has in the timetable (a line of odd or even weeks counts as a half).</summary>
    public static Dictionary<Guid, decimal> ScheduledHours(IEnumerable<TimetableLine> lines) =>
        lines.GroupBy(l => l.AssignmentId).ToDictionary(g => g.Key, g => g.Sum(l => ScheduleRules.WeeklyWeight(l.Weeks)));

    private static void Pair(TimetablePicture picture, TimetableLine a, TimetableLine b, List<TimetableConflict> conflicts)
    {
        var first = picture.Assignments[a.AssignmentId];
        var second = picture.Assignments[b.AssignmentId];
        var when = $"{ScheduleRules.DayNames[Math.Clamp(a.Day, 1, 6)]}, {a.Number}-й урок"
            + (a.Number == b.Number ? "" : $" и {b.Number}-й урок другой смены");
        var places = new[] { Place(picture, first, a), Place(picture, second, b) }.Distinct().ToList();
        if (first.TeacherId == second.TeacherId)
        {
            conflicts.Add(new TimetableConflict(ConflictKind.TeacherBusy,
                $"{when}: у учителя {first.Teacher} два урока сразу — {first.Subject}, {picture.WhoseName(first)} и {second.Subject}, {picture.WhoseName(second)}.",
                [a.Id, b.Id], places));
        }

        if (a.RoomId is { } room && room == b.RoomId)
        {
            conflicts.Add(new TimetableConflict(ConflictKind.RoomBusy,
                $"{when}: кабинет {picture.RoomName(room)} занят дважды — {picture.Describe(first)} и {picture.Describe(second)}.",
                [a.Id, b.Id], places));
        }

        var sameClassWhole = first.ClassId is { } fc && (fc == second.ClassId || fc == picture.ClassOf(second))
            || second.ClassId is { } sc && sc == picture.ClassOf(first);
        var firstStudents = picture.StudentsOf(first);
        var shared = picture.StudentsOf(second).Where(firstStudents.Contains).ToList();
        if (sameClassWhole || shared.Count > 0)
        {
            var who = shared.Count == 0
                ? $"у класса {picture.WhoseName(first.ClassId is not null ? first : second)}"
                : shared.Count == 1
                    ? $"у учащегося {picture.StudentNames.GetValueOrDefault(shared[0], "")}"
                    : $"у {RussianPlural.Count(shared.Count, "учащегося", "учащихся", "учащихся")} (например, {picture.StudentNames.GetValueOrDefault(shared[0], "")})";
            conflicts.Add(new TimetableConflict(ConflictKind.StudentsBusy,
                $"{when}: {who} два урока сразу — {first.Subject}, {picture.WhoseName(first)} и {second.Subject}, {picture.WhoseName(second)}.",
                [a.Id, b.Id], places));
        }
    }

    private static void SanitaryLoad(TimetablePicture picture, List<TimetableLine> lines, List<TimetableConflict> conflicts)
    {
        foreach (var schoolClass in picture.Classes.Values)
        {
            var own = lines.Where(l => picture.ClassOf(picture.Assignments[l.AssignmentId]) == schoolClass.Id).ToList();
            var load = own.GroupBy(l => (l.Day, l.Number))
                .Sum(slot => (slot.Any(l => l.Weeks != WeekParity.Even) ? 0.5m : 0) + (slot.Any(l => l.Weeks != WeekParity.Odd) ? 0.5m : 0));
            var max = ScheduleRules.MaxWeeklyLessons(schoolClass.Grade, schoolClass.DaysPerWeek);
            if (load > max)
            {
                conflicts.Add(new TimetableConflict(ConflictKind.SanitaryLoad,
                    $"{schoolClass.Name}: {Hours.Show(load)} уроков в неделю, а по СанПиН 1.2.3685-21 для {schoolClass.Grade} класса при "
                    + $"{schoolClass.DaysPerWeek}-дневной неделе — не больше {max}.",
                    own.Select(l => l.Id).ToList(), [new ConflictPlace(schoolClass.Id, null, schoolClass.Name, null, null)])
                { ClassId = schoolClass.Id, IsOver = true });
            }
        }
    }

    private static void AssignmentHours(TimetablePicture picture, List<TimetableLine> lines, List<TimetableConflict> conflicts)
    {
        var scheduled = ScheduledHours(lines);
        foreach (var assignment in picture.Assignments.Values)
        {
            var have = scheduled.GetValueOrDefault(assignment.Id);
            if (have == assignment.HoursPerWeek)
            {
                continue;
            }

            var classId = picture.ClassOf(assignment);
            conflicts.Add(new TimetableConflict(ConflictKind.AssignmentHours,
                $"{picture.Describe(assignment)}: в расписании {Hours.Show(have)} ч в неделю, по нагрузке {Hours.Show(assignment.HoursPerWeek)} ч.",
                lines.Where(l => l.AssignmentId == assignment.Id).Select(l => l.Id).ToList(),
                [new ConflictPlace(classId, classId is null ? assignment.GroupId : null, picture.WhoseName(assignment), null, null)])
            { AssignmentId = assignment.Id, IsOver = have > assignment.HoursPerWeek });
        }
    }

    private static void CurriculumHours(TimetablePicture picture, List<TimetableLine> lines, List<TimetableConflict> conflicts)
    {
        foreach (var schoolClass in picture.Classes.Values)
        {
            var own = lines.Select(l => (Line: l, Assignment: picture.Assignments[l.AssignmentId]))
                .Where(x => picture.ClassOf(x.Assignment) == schoolClass.Id).ToList();
            var scheduled = new Dictionary<Guid, decimal>();
            foreach (var bySubject in own.GroupBy(x => x.Assignment.SubjectId))
            {
                var whole = bySubject.Where(x => x.Assignment.ClassId is not null).Sum(x => ScheduleRules.WeeklyWeight(x.Line.Weeks));
                var groups = bySubject.Where(x => x.Assignment.GroupId is not null).GroupBy(x => x.Assignment.GroupId)
                    .Select(g => g.Sum(x => ScheduleRules.WeeklyWeight(x.Line.Weeks))).DefaultIfEmpty(0).Max();
                scheduled[bySubject.Key] = whole + groups;
            }

            var plan = picture.Curriculum.GetValueOrDefault(schoolClass.Id) ?? new Dictionary<Guid, decimal>();
            foreach (var subjectId in plan.Keys.Union(scheduled.Keys))
            {
                var have = scheduled.GetValueOrDefault(subjectId);
                var want = plan.GetValueOrDefault(subjectId);
                if (have == want)
                {
                    continue;
                }

                conflicts.Add(new TimetableConflict(ConflictKind.CurriculumHours,
                    $"{schoolClass.Name}, {picture.SubjectNames.GetValueOrDefault(subjectId, "")}: в расписании {Hours.Show(have)} ч в неделю, по учебному плану {Hours.Show(want)} ч.",
                    own.Where(x => x.Assignment.SubjectId == subjectId).Select(x => x.Line.Id).ToList(),
                    [new ConflictPlace(schoolClass.Id, null, schoolClass.Name, null, null)])
                { ClassId = schoolClass.Id, SubjectId = subjectId, IsOver = have > want });
            }
        }
    }

    private static ConflictPlace Place(TimetablePicture picture, AssignmentFacts assignment, TimetableLine line)
    {
        var classId = picture.ClassOf(assignment);
        return new ConflictPlace(classId, classId is null ? assignment.GroupId : null,
            $"{picture.WhoseName(assignment)}, {ScheduleRules.DayShortNames[Math.Clamp(line.Day, 1, 6)]}, {line.Number}-й урок", line.Day, line.Number);
    }
}
