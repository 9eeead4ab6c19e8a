using Parta.Data;
using Parta.Organisation;
using Parta.People;
using Parta.Scheduling;

namespace Parta.Demo;

/// <summary>
/// The demo school's timetable: rooms, bells of both shifts (and the shortened ones), grades 2–4 in the second shift,
/// and one weekly timetable from the year's first day made by <see cref="TimetableBuilder"/>. Every class has a home
/// room; physical education is in the gyms, chemistry, physics, informatics, music and labour in their rooms, and the
/// two English groups of a class learn at the same time in two rooms.
/// </summary>
internal sealed class DemoTimetable(PartaDbContext db, Guid schoolId, DemoSchool demo)
{
    private readonly Dictionary<string, Room> _rooms = [];
    private readonly Dictionary<Guid, Room> _homeRooms = [];

    public Timetable Timetable { get; private set; } = null!;

    public List<TimetableEntry> Entries { get; } = [];

    /// <summary>Special rooms by subject, the first free one taken.</summary>
    private static readonly Dictionary<string, string[]> SubjectRooms = new(StringComparer.Ordinal)
    {
        ["Физическая культура"] = ["Спортзал", "Малый спортзал", "Гимнастический зал"],
        ["Химия"] = ["Кабинет химии", Home],
        ["Физика"] = ["Кабинет физики", Home],
        ["Биология"] = ["Кабинет биологии", Home],
        ["Информатика"] = ["Кабинет информатики 1", "Кабинет информатики 2"],
        ["Индивидуальный проект"] = ["Кабинет информатики 2", "Кабинет информатики 1"],
        ["Музыка"] = ["Кабинет музыки"],
        ["Изобразительное искусство"] = ["Кабинет ИЗО"],
        ["Основы безопасности и защиты Родины"] = ["Кабинет ОБЗР", Home],
    };

    /// <summary>Special rooms a larger school has more of: «Мастерская 2» and so on.</summary>
    private static readonly string[] Scaled = ["Спортзал", "Мастерская", "Кабинет музыки", "Кабинет ИЗО"];

    /// <summary>The room and, in a larger school, its copies.</summary>
    private IEnumerable<string> Copies(string name) =>
        Scaled.Contains(name) ? Enumerable.Range(1, demo.Shape.Teachers(1)).Select(n => n == 1 ? name : $"{name} {n}") : [name];

    /// <summary>In <see cref="SubjectRooms"/>: the class's home room when the special one is taken.</summary>
    private const string Home = "";

    /// <summary>Four English rooms in the demo school, more in a larger one.</summary>
    private string[] EnglishRooms => [.. Enumerable.Range(1, demo.Shape.Teachers(4)).Select(n => $"Кабинет английского языка {n}")];

    public void SeedRoomsAndBells()
    {
        foreach (var (name, capacity) in new[]
        {
            ("Спортзал", 60), ("Малый спортзал", 30), ("Гимнастический зал", 30), ("Актовый зал", 200), ("Кабинет химии", 30), ("Кабинет физики", 30),
            ("Кабинет биологии", 30), ("Кабинет информатики 1", 15), ("Кабинет информатики 2", 15), ("Кабинет музыки", 30),
            ("Кабинет ИЗО", 30), ("Кабинет ОБЗР", 30), ("Мастерская", 20),
        })
        {
            AddRoom(name, capacity);
        }

        foreach (var name in EnglishRooms)
        {
            AddRoom(name, 15);
        }

        // A larger school has a second workshop, gym, music and art room.
        foreach (var (name, capacity) in Scaled.SelectMany(n => Copies(n).Skip(1).Select(c => (c, n == "Спортзал" ? 60 : 30))))
        {
            AddRoom(name, capacity);
        }

        // Home rooms: primary classes on the first floor, the others above.
        var primary = 101;
        var senior = 201;
        foreach (var (schoolClass, _) in demo.Classes.OrderBy(c => c.Class.Grade).ThenBy(c => c.Class.Letter, StringComparer.Ordinal))
        {
            var number = schoolClass.Grade <= 4 ? primary++ : senior++;
            if (senior == 211)
            {
                senior = 301;
            }

            AddRoom(number.ToString(RussianCulture.Instance), 30);
            _homeRooms[schoolClass.Id] = _rooms[number.ToString(RussianCulture.Instance)];
        }

        // Grade 1 learns in the first shift (СанПиН 1.2.3685-21, п. 3.4.16), grades 2–4 in the second.
        foreach (var (schoolClass, _) in demo.Classes.Where(c => c.Class.Grade is >= 2 and <= 4))
        {
            schoolClass.Shift = 2;
        }

        Bells(shift: 1, shortened: false, new(8, 30), 45, [10, 20, 20, 10, 10, 10], 7);
        Bells(shift: 1, shortened: true, new(8, 30), 30, [10, 15, 15, 10, 10, 10], 7);
        Bells(shift: 2, shortened: false, new(13, 30), 45, [10, 20, 10, 10, 10], 6);
        Bells(shift: 2, shortened: true, new(13, 30), 35, [10, 15, 10, 10, 10], 6);
        db.ShortenedDays.Add(new ShortenedDay { SchoolId = schoolId, Date = new DateOnly(2026, 12, 29), Reason = "Последний день второй четверти" });
    }

    private void AddRoom(string name, int capacity)
    {
        if (_rooms.ContainsKey(name))
        {
            return;
        }

        var room = new Room { SchoolId = schoolId, Name = name, Capacity = capacity };
        _rooms[name] = room;
        db.Rooms.Add(room);
    }

    private void Bells(int shift, bool shortened, TimeOnly start, int minutes, int[] breaks, int count)
    {
        var at = start;
        for (var number = 1; number <= count; number++)
        {
            db.Bells.Add(new Bell { SchoolId = schoolId, Shift = shift, Shortened = shortened, Number = number, Start = at, End = at.AddMinutes(minutes) });
            at = at.AddMinutes(minutes + (number <= breaks.Length ? breaks[number - 1] : 10));
        }
    }

    /// <summary>The weekly timetable of every class, its hours exactly those of its assignments.</summary>
    /// <summary>
    /// By the bells below, lesson 1 of the second shift (13:30–14:15) meets lesson 6 of the first (13:25–14:10), lesson 2
    /// meets lesson 7: a second-shift lesson N is at the time of first-shift lesson N + 5.
    /// </summary>
    private const int SecondShiftOffset = 5;

    public void SeedTimetable(IReadOnlyDictionary<int, int> daysPerWeek)
    {
        Timetable = new Timetable { SchoolId = schoolId, AcademicYearId = demo.Year.Id, ValidFrom = demo.Year.Start, AlternatingWeeks = false };
        db.Timetables.Add(Timetable);

        var homeRooms = _homeRooms;
        var subjectNames = demo.Subjects.Values.ToDictionary(s => s.Id, s => s.Name);
        var classes = demo.Classes.Select(c => new TimetableBuilder.ClassWeek(c.Class.Id, c.Class.Name, daysPerWeek[c.Class.Grade], c.Class.Grade switch
        {
            1 => 4,
            <= 4 => 5,
            <= 6 => 6,
            _ => 7,
        }, TimeOffset: c.Class.Shift == 2 ? SecondShiftOffset : 0)).ToList();
        var units = new List<TimetableBuilder.Unit>();
        foreach (var assignment in demo.Assignments.Where(a => a.SchoolClassId is not null))
        {
            var subject = subjectNames[assignment.SubjectId];
            var classId = assignment.SchoolClassId!.Value;
            var rooms = SubjectRooms.TryGetValue(subject, out var special)
                ? special.SelectMany(r => r == Home ? [homeRooms[classId].Id] : Copies(r).Select(c => _rooms[c].Id)).ToList()
                : subject == "Труд (технология)" && demo.Classes.First(c => c.Class.Id == classId).Class.Grade >= 5
                    ? [.. Copies("Мастерская").Select(c => _rooms[c].Id)]
                    : [homeRooms[classId].Id];
            units.Add(new(classId, assignment.SubjectId, assignment.HoursPerWeek, [new(assignment.Id, assignment.StaffMemberId, rooms)]));
        }

        // The groups of a class learn their subject at the same time: one unit of all of them.
        foreach (var byClass in demo.Assignments.Where(a => a.StudyGroupId is not null)
                     .GroupBy(a => (ClassId: demo.Groups.First(g => g.Id == a.StudyGroupId).SchoolClassId!.Value, a.SubjectId, a.HoursPerWeek)))
        {
            var english = EnglishRooms.Select(r => _rooms[r].Id).Append(homeRooms[byClass.Key.ClassId].Id).ToList();
            units.Add(new(byClass.Key.ClassId, byClass.Key.SubjectId, byClass.Key.HoursPerWeek,
                [.. byClass.Select(a => new TimetableBuilder.UnitPart(a.Id, a.StaffMemberId, english))]));
        }

        // A larger school has more lessons to place: more steps for the builder's repairs.
        foreach (var line in TimetableBuilder.Build(classes, units, seed: 2026, maxSteps: 200_000 * Math.Max(1, demo.Shape.Classes / 20)))
        {
            var entry = new TimetableEntry
            {
                SchoolId = schoolId, TimetableId = Timetable.Id, Day = line.Day, Number = line.Number, TeachingAssignmentId = line.AssignmentId,
                RoomId = line.RoomId, Weeks = line.Weeks,
            };
            Entries.Add(entry);
            db.TimetableEntries.Add(entry);
        }
    }

    /// <summary>
    /// A few changes in the week of <paramref name="today"/> (or the year's nearest week): the demo teacher's maths in 5А
    /// given by a colleague, a physics lesson cancelled, a history lesson given by another historian. Returns their dates.
    /// </summary>
    public List<DateOnly> SeedChanges(DateOnly today, StaffMember mathsTeacher)
    {
        var day = today < demo.Year.Start ? demo.Year.Start : today > demo.Year.End ? demo.Year.End : today;
        var monday = day.AddDays(-(ScheduleRules.DayOf(day) - 1));
        var dates = new List<DateOnly>();
        var maths = demo.Assignments.First(a => a.StaffMemberId == mathsTeacher.Id);
        var colleague = demo.Departments["математики"].First();
        Substitute(maths, colleague, "Болезнь учителя", preferDay: 2);
        var physics = demo.Assignments.First(a => a.SubjectId == demo.Subjects["Физика"].Id);
        Change(physics, preferDay: 3, (entry, date) => new LessonChange
        {
            SchoolId = schoolId, Date = date, Kind = LessonChangeKind.Cancelled, TeachingAssignmentId = physics.Id, Number = entry.Number,
            Reason = "Учитель на курсах повышения квалификации",
        });
        var history = demo.Assignments.First(a => a.SubjectId == demo.Subjects["История"].Id);
        var otherHistorian = demo.Departments["истории и обществознания"].First(t => t.Id != history.StaffMemberId);
        Substitute(history, otherHistorian, "Учитель на олимпиаде с учащимися", preferDay: 4);
        return dates;

        void Substitute(TeachingAssignment assignment, StaffMember substitute, string reason, int preferDay) =>
            Change(assignment, preferDay, (entry, date) =>
                Entries.Any(e => e.Day == entry.Day && e.Number == entry.Number && demo.Assignments.First(a => a.Id == e.TeachingAssignmentId).StaffMemberId == substitute.Id)
                    ? null
                    : new LessonChange
                    {
                        SchoolId = schoolId, Date = date, Kind = LessonChangeKind.Substitution, TeachingAssignmentId = assignment.Id, Number = entry.Number,
                        SubstituteId = substitute.Id, Reason = reason,
                    });

        void Change(TeachingAssignment assignment, int preferDay, Func<TimetableEntry, DateOnly, LessonChange?> make)
        {
            foreach (var entry in Entries.Where(e => e.TeachingAssignmentId == assignment.Id).OrderBy(e => Math.Abs(e.Day - preferDay)).ThenBy(e => e.Number))
            {
                var date = monday.AddDays(entry.Day - 1);
                if (date < demo.Year.Start || date > demo.Year.End || make(entry, date) is not { } change)
                {
                    continue;
                }

                db.LessonChanges.Add(change);
                dates.Add(date);
                return;
            }
        }
    }
}
