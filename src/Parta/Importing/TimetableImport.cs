using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Organisation;
using Parta.Scheduling;

namespace Parta.Importing;

/// <summary>
/// Rows of the weekly timetable (расписание уроков): class or group, day, lesson number, subject, teacher, room, weeks.
/// The file replaces the lines of the classes and groups it names (a class's own lines and its groups') in the version
/// in force on the school's today (<see cref="TargetAsync"/>; a year without one gets a version from its first day,
/// empty, as <see cref="StartTimetable"/> starts the year's first); the other classes' lines stay. The timetable it
/// would make is checked by <see cref="TimetableConflicts.Find"/>, the check of the editor: a conflict a line of the file
/// takes part in refuses the file on its rows; hours that differ from the load or the curriculum are warnings only.
/// After the save the changed assignments' lessons follow (<see cref="TimetableLessons.FollowAsync"/>), in the import's
/// transaction.
/// </summary>
internal sealed class TimetableImport(PartaDbContext db, TimetableLessons lessons, TimeProvider time) : IImportKind
{
    private Timetable? _target;
    private bool _newVersion;
    private readonly HashSet<Guid> _touched = [];

    /// <summary>The version a timetable file goes into and an export comes from: the one in force on the day, else the year's next one.</summary>
    internal static async Task<Timetable?> TargetAsync(PartaDbContext db, Guid academicYearId, DateOnly today, CancellationToken ct)
    {
        var versions = await db.Timetables.AsNoTracking().Where(t => t.AcademicYearId == academicYearId).OrderBy(t => t.ValidFrom).ToListAsync(ct);
        return versions.LastOrDefault(v => v.ValidFrom <= today) ?? versions.FirstOrDefault();
    }

    public async Task PlanAsync(ImportRun run, Guid schoolId, AcademicYear year, CancellationToken ct)
    {
        var today = await SchoolClock.TodayAsync(db, time, ct);
        _target = await TargetAsync(db, year.Id, today, ct);
        if (_target is null)
        {
            _newVersion = true;
            _target = new Timetable { SchoolId = schoolId, AcademicYearId = year.Id, ValidFrom = year.Start };
        }

        var picture = await TimetablePicture.LoadAsync(db, _target, today, ct);
        var classes = (await db.SchoolClasses.AsNoTracking().Where(c => c.AcademicYearId == year.Id).ToListAsync(ct))
            .ToDictionary(c => ImportKeys.ClassKey(c.Grade, c.Letter), StringComparer.Ordinal);
        var groups = await db.StudyGroups.AsNoTracking().Where(g => g.AcademicYearId == year.Id).ToListAsync(ct);
        var subjects = await db.Subjects.AsNoTracking().ToListAsync(ct);
        var teacherIds = picture.Assignments.Values.Select(a => a.TeacherId).Distinct().ToList();
        var teacherKeys = (await db.StaffMembers.AsNoTracking().Where(s => teacherIds.Contains(s.Id)).ToListAsync(ct))
            .ToDictionary(s => s.Id, s => new[] { TeacherKey(s.FullName), TeacherKey(PersonName.WithInitials(s.LastName, s.FirstName, s.MiddleName)) });

        var fileLines = new List<(int Row, TimetableLine Line)>();
        var seen = new Dictionary<(Guid Whose, int Day, int Number, WeekParity Weeks), int>();
        var replacedClasses = new HashSet<Guid>();
        var replacedGroups = new HashSet<Guid>();
        foreach (var row in run.Table.Rows)
        {
            var errorsBefore = run.Errors.Count;
            var classGiven = run.Cell(row, ImportKinds.SchoolClass) is not null;
            var schoolClass = run.ClassIn(row, ImportKinds.SchoolClass, classes, year, required: false);
            var group = GroupOf(run, row, groups, schoolClass, classGiven, year);
            var day = Day(run, row);
            var number = LessonNumber(run, row);
            var subject = SubjectOf(run, row, subjects);
            var teacher = run.Text(row, ImportKinds.Teacher, 300);
            var room = RoomOf(run, row, picture);
            var weeks = WeeksOf(run, row, picture);
            if (run.Errors.Count > errorsBefore || (schoolClass is null && group is null) || day is null || number is null || subject is null || weeks is null)
            {
                continue;
            }

            if ((group is null ? schoolClass?.Id : group.SchoolClassId) is { } replacedClass)
            {
                replacedClasses.Add(replacedClass);
            }
            else
            {
                replacedGroups.Add(group!.Id);
            }

            var assignment = AssignmentOf(run, row, picture, subject, schoolClass, group, teacher, teacherKeys);
            if (assignment is null)
            {
                continue;
            }

            var whose = group?.Id ?? schoolClass!.Id;
            if (seen.TryGetValue((whose, day.Value, number.Value, weeks.Value), out var sameRow))
            {
                run.Error(row, ImportKinds.LessonNumber, $"урок {Whose(picture, schoolClass, group)} в этот день и час уже есть в строке {sameRow}");
                continue;
            }

            seen[(whose, day.Value, number.Value, weeks.Value)] = row.Number;
            fileLines.Add((row.Number, new TimetableLine(Guid.CreateVersion7(), day.Value, number.Value, weeks.Value, assignment.Id, room)));
        }

        // The lines the file replaces: those of its classes (their own and their groups') and of its groups of several classes.
        bool Replaced(TimetableLine line)
        {
            var assignment = picture.Assignments.GetValueOrDefault(line.AssignmentId);
            return assignment is not null
                   && (picture.ClassOf(assignment) is { } c ? replacedClasses.Contains(c) : assignment.GroupId is { } g && replacedGroups.Contains(g));
        }

        var replaced = picture.Lines.Where(Replaced).ToList();
        var unmatched = replaced.ToList();
        for (var i = 0; i < fileLines.Count; i++)
        {
            // A line that stays as it was keeps its id (and its history); only the changed ones are written.
            var line = fileLines[i].Line;
            var same = unmatched.FirstOrDefault(l => l.AssignmentId == line.AssignmentId && l.Day == line.Day && l.Number == line.Number && l.Weeks == line.Weeks);
            if (same is not null)
            {
                unmatched.Remove(same);
                fileLines[i] = (fileLines[i].Row, line with { Id = same.Id });
            }
        }

        var rowOf = fileLines.ToDictionary(l => l.Line.Id, l => l.Row);
        var after = picture.With([.. picture.Lines.Where(l => !Replaced(l)), .. fileLines.Select(l => l.Line)]);
        var fileAssignments = picture.Assignments.Values
            .Where(a => picture.ClassOf(a) is { } c ? replacedClasses.Contains(c) : a.GroupId is { } g && replacedGroups.Contains(g))
            .Select(a => a.Id).ToHashSet();
        foreach (var conflict in TimetableConflicts.Find(after))
        {
            var rows = conflict.LineIds.Where(rowOf.ContainsKey).Select(id => rowOf[id]).Distinct().Order().ToList();
            if (!conflict.MayBeKept)
            {
                // The sanitary load is made of all the class's lines: said once, on the first of them.
                foreach (var row in conflict.Kind == ConflictKind.SanitaryLoad ? rows.Take(1) : rows)
                {
                    run.Errors.Add(new ImportError(row, ConflictColumn(conflict.Kind), conflict.Message));
                }
            }
            else if (rows.Count > 0
                     || conflict.AssignmentId is { } a && fileAssignments.Contains(a)
                     || conflict.ClassId is { } c && replacedClasses.Contains(c))
            {
                run.Warnings.Add(conflict.Message);
            }
        }

        if (run.Errors.Count > 0)
        {
            return;
        }

        var replacedIds = replaced.Select(l => l.Id).ToHashSet();
        var entries = replacedIds.Count == 0
            ? []
            : (await db.TimetableEntries.Where(e => e.TimetableId == _target.Id).ToListAsync(ct)).Where(e => replacedIds.Contains(e.Id)).ToDictionary(e => e.Id);
        Plan(run, picture, fileLines, entries, replaced.Count, unmatched, replacedClasses, replacedGroups, year);
    }

    public async Task<IReadOnlyList<ImportError>> AfterSaveAsync(ImportRun run, AcademicYear year, CancellationToken ct)
    {
        // A new version: every assignment's lessons follow it, as when a version is started (StartTimetable).
        await lessons.FollowAsync(_target!.Id, _newVersion ? null : _touched, ct);
        await db.SaveChangesAsync(ct);
        return [];
    }

    /// <summary>Puts the file's lines into the change tracker: kept, changed (a room), added; the replaced lines left over are removed.</summary>
    private void Plan(
        ImportRun run, TimetablePicture picture, List<(int Row, TimetableLine Line)> fileLines, Dictionary<Guid, TimetableEntry> entries,
        int replaced, List<TimetableLine> unmatched, HashSet<Guid> replacedClasses, HashSet<Guid> replacedGroups, AcademicYear year)
    {
        var target = _target!;
        if (_newVersion)
        {
            db.Timetables.Add(target);
            run.Notes.Add($"В {year.Name} учебном году ещё нет расписания: {(run.Applying ? "создано" : "будет создано")} расписание с {RussianDate.Show(target.ValidFrom)}.");
        }

        var tally = run.Tally("Уроки расписания");
        foreach (var (row, line) in fileLines)
        {
            if (entries.TryGetValue(line.Id, out var entry))
            {
                if (entry.RoomId != line.RoomId)
                {
                    entry.RoomId = line.RoomId;
                    _touched.Add(line.AssignmentId);
                }
            }
            else
            {
                entry = new TimetableEntry
                {
                    Id = line.Id, SchoolId = target.SchoolId, TimetableId = target.Id, Day = line.Day, Number = line.Number,
                    TeachingAssignmentId = line.AssignmentId, RoomId = line.RoomId, Weeks = line.Weeks,
                };
                db.TimetableEntries.Add(entry);
                _touched.Add(line.AssignmentId);
            }

            tally.Add(entry);
            var assignment = picture.Assignments[line.AssignmentId];
            var room = line.RoomId is null ? "" : $", каб. {picture.RoomName(line.RoomId)}";
            var weeks = line.Weeks == WeekParity.Every ? "" : $", {ScheduleRules.Title(line.Weeks)}";
            run.Lines.Add((row, $"{picture.WhoseName(assignment)}, {ScheduleRules.DayShortNames[line.Day]}, {line.Number}-й урок: "
                + $"{assignment.Subject} ({assignment.Teacher}){room}{weeks}", entry));
        }

        foreach (var line in unmatched)
        {
            db.TimetableEntries.Remove(entries[line.Id]);
            _touched.Add(line.AssignmentId);
        }

        var whose = new List<string>();
        if (replacedClasses.Count > 0)
        {
            whose.Add((replacedClasses.Count == 1 ? "класса " : "классов: ")
                + string.Join(", ", replacedClasses.Select(c => picture.Classes[c].Name).Order(ClassOrder.Instance)));
        }

        if (replacedGroups.Count > 0)
        {
            whose.Add((replacedGroups.Count == 1 ? "группы " : "групп: ")
                + string.Join(", ", replacedGroups.Select(g => $"«{picture.Groups[g].Name}»").Order(RussianCulture.Collation)));
        }

        if (whose.Count > 0)
        {
            run.Notes.Add($"{(run.Applying ? "Заменены" : "Будут заменены")} уроки {string.Join("; ", whose)}. В расписании с {RussianDate.Show(target.ValidFrom)} "
                + $"у них {(run.Applying ? "было" : "сейчас")} {RussianPlural.Count(replaced, "урок", "урока", "уроков")}, по файлу — {fileLines.Count}"
                + (unmatched.Count > 0 ? $"; уроков, которых нет в файле, {(run.Applying ? "удалено" : "будет удалено")}: {unmatched.Count}." : "."));
        }
    }

    private static string? ConflictColumn(ConflictKind kind) => kind switch
    {
        ConflictKind.TeacherBusy => ImportKinds.Teacher,
        ConflictKind.RoomBusy => ImportKinds.Room,
        ConflictKind.StudentsBusy => ImportKinds.SchoolClass,
        ConflictKind.NotSchoolDay => ImportKinds.Day,
        _ => null,
    };

    private static StudyGroup? GroupOf(ImportRun run, SpreadsheetRow row, List<StudyGroup> groups, SchoolClass? schoolClass, bool classGiven, AcademicYear year)
    {
        var name = run.Text(row, ImportKinds.Group, 200);
        if (name is null)
        {
            if (!classGiven)
            {
                run.Error(row, ImportKinds.SchoolClass, "укажите класс (а для группы из нескольких классов — группу)");
            }

            return null;
        }

        if (classGiven && schoolClass is null)
        {
            return null;
        }

        var found = groups.Where(g => RussianCulture.Collation.Equals(g.Name.Trim(), name) && (schoolClass is null || g.SchoolClassId == schoolClass.Id)).ToList();
        switch (found.Count)
        {
            case 1:
                return found[0];
            case 0:
                run.Error(row, ImportKinds.Group, schoolClass is null
                    ? $"нет группы «{name}» в {year.Name} учебном году"
                    : $"нет группы «{name}» в классе {schoolClass.Name}");
                return null;
            default:
                run.Error(row, ImportKinds.Group, $"групп «{name}» несколько: укажите класс");
                return null;
        }
    }

    private static int? Day(ImportRun run, SpreadsheetRow row)
    {
        var value = run.Text(row, ImportKinds.Day, 30, required: true);
        if (value is null)
        {
            return null;
        }

        var key = value.TrimEnd('.').Trim();
        for (var day = 1; day <= 6; day++)
        {
            if (key.Equals(ScheduleRules.DayShortNames[day], StringComparison.OrdinalIgnoreCase) || key.Equals(ScheduleRules.DayNames[day], StringComparison.OrdinalIgnoreCase)
                || key == day.ToString(CultureInfo.InvariantCulture))
            {
                return day;
            }
        }

        run.Error(row, ImportKinds.Day, $"неверный день «{value}» (нужно Пн, Вт, Ср, Чт, Пт или Сб)");
        return null;
    }

    private static int? LessonNumber(ImportRun run, SpreadsheetRow row)
    {
        var value = run.Text(row, ImportKinds.LessonNumber, 30, required: true);
        if (value is null)
        {
            return null;
        }

        if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) || number is < 0 or > ScheduleRules.MaxLessonNumber)
        {
            run.Error(row, ImportKinds.LessonNumber, $"номер урока — число от 0 до {ScheduleRules.MaxLessonNumber}, а не «{value}»");
            return null;
        }

        return number;
    }

    /// <summary>The subject by its name (compared as the subject form compares names), else by its short name.</summary>
    private static Subject? SubjectOf(ImportRun run, SpreadsheetRow row, List<Subject> subjects)
    {
        var value = run.Text(row, ImportKinds.Subject, 200, required: true);
        if (value is null)
        {
            return null;
        }

        var key = Subject.NameKey(value);
        var found = subjects.Where(s => Subject.NameKey(s.Name) == key).ToList();
        if (found.Count == 0)
        {
            found = subjects.Where(s => !string.IsNullOrWhiteSpace(s.ShortName) && Subject.NameKey(s.ShortName) == key).ToList();
        }

        switch (found.Count)
        {
            case 1:
                return found[0];
            case 0:
                run.Error(row, ImportKinds.Subject, $"нет такого предмета: «{value}»");
                return null;
            default:
                run.Error(row, ImportKinds.Subject, $"краткое название «{value}» у нескольких предметов: укажите полное название");
                return null;
        }
    }

    private static Guid? RoomOf(ImportRun run, SpreadsheetRow row, TimetablePicture picture)
    {
        var value = run.Text(row, ImportKinds.Room, 200);
        if (value is null)
        {
            return null;
        }

        // Room names compare as the room form compares them: «Спортзал» and «спортзал» are one room.
        var room = picture.Rooms.Values.FirstOrDefault(r => RussianCulture.Collation.Equals(r.Name.Trim(), value));
        if (room is null)
        {
            run.Error(row, ImportKinds.Room, $"нет кабинета «{value}» среди кабинетов школы: добавьте его на странице «Кабинеты»");
        }

        return room?.Id;
    }

    private static WeekParity? WeeksOf(ImportRun run, SpreadsheetRow row, TimetablePicture picture)
    {
        var value = run.Text(row, ImportKinds.Weeks, 30);
        var key = value?.TrimEnd('.').Trim().ToUpperInvariant().Replace('Ё', 'Е');
        WeekParity? weeks = key switch
        {
            null or "КАЖДУЮ" or "КАЖДАЯ" or "ВСЕ" => WeekParity.Every,
            _ when key.StartsWith("НЕЧЕТ", StringComparison.Ordinal) => WeekParity.Odd,
            _ when key.StartsWith("ЧЕТ", StringComparison.Ordinal) => WeekParity.Even,
            _ => null,
        };
        if (weeks is null)
        {
            run.Error(row, ImportKinds.Weeks, $"неверное значение «{value}» (нужно пусто, «каждую», «нечёт» или «чёт»)");
        }
        else if (weeks != WeekParity.Every && !picture.AlternatingWeeks)
        {
            run.Error(row, ImportKinds.Weeks,
                $"«{value}»: чётные и нечётные недели различаются только в расписании с чередованием недель, а расписание с {RussianDate.Show(picture.ValidFrom)} без чередования");
            return null;
        }

        return weeks;
    }

    /// <summary>
    /// The teaching assignment of the row: of its class (or group) and subject, and of the teacher named, who is needed
    /// only to choose among several.
    /// </summary>
    private static AssignmentFacts? AssignmentOf(
        ImportRun run, SpreadsheetRow row, TimetablePicture picture, Subject subject, SchoolClass? schoolClass, StudyGroup? group, string? teacher,
        Dictionary<Guid, string[]> teacherKeys)
    {
        var whose = Whose(picture, schoolClass, group);
        var candidates = picture.Assignments.Values
            .Where(a => a.SubjectId == subject.Id && (group is not null ? a.GroupId == group.Id : a.ClassId == schoolClass!.Id))
            .OrderBy(a => a.Teacher, RussianCulture.Collation)
            .ToList();
        if (candidates.Count == 0)
        {
            run.Error(row, ImportKinds.Subject, $"у {whose} нет учебной нагрузки по предмету «{subject.Name}»: добавьте её на странице «Учебная нагрузка»");
            return null;
        }

        var teachers = string.Join(", ", candidates.Select(a => a.Teacher));
        if (teacher is null)
        {
            if (candidates.Count == 1)
            {
                return candidates[0];
            }

            run.Error(row, ImportKinds.Teacher, $"предмет «{subject.Name}» у {whose} ведут несколько учителей ({teachers}): укажите учителя");
            return null;
        }

        var key = TeacherKey(teacher);
        var found = candidates.Where(a => teacherKeys.GetValueOrDefault(a.TeacherId, []).Contains(key)).ToList();
        switch (found.Count)
        {
            case 1:
                return found[0];
            case 0:
                run.Error(row, ImportKinds.Teacher, $"«{teacher}» не ведёт предмет «{subject.Name}» у {whose}; по нагрузке ведёт: {teachers}");
                return null;
            default:
                run.Error(row, ImportKinds.Teacher, $"«{teacher}» подходит к нескольким учителям: укажите полное ФИО");
                return null;
        }
    }

    /// <summary>«5А», «5А, Английский 1» or «группы «Робототехника»» (of several classes): whose a row's lesson is, after «у».</summary>
    private static string Whose(TimetablePicture picture, SchoolClass? schoolClass, StudyGroup? group) =>
        group is null ? schoolClass!.Name
        : group.SchoolClassId is { } c && picture.Classes.TryGetValue(c, out var owner) ? $"{owner.Name}, {group.Name}"
        : $"группы «{group.Name}»";

    /// <summary>«Иванова И. П.», «Иванова И.П.» and «иванова ирина павловна» compare by letters only.</summary>
    private static string TeacherKey(string name) =>
        new string(name.Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant().Replace('Ё', 'Е');
}
