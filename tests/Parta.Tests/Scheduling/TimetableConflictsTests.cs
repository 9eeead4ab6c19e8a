using Parta.Scheduling;

namespace Parta.Tests.Scheduling;

/// <summary>Each kind of conflict is found, and what is not a conflict (two halves of a class at once) is not.</summary>
public sealed class TimetableConflictsTests
{
    private static readonly Guid Class5A = Guid.CreateVersion7(), Class5B = Guid.CreateVersion7();
    private static readonly Guid Group1 = Guid.CreateVersion7(), Group2 = Guid.CreateVersion7(), Elective = Guid.CreateVersion7();
    private static readonly Guid Maths = Guid.CreateVersion7(), English = Guid.CreateVersion7(), Robotics = Guid.CreateVersion7();
    private static readonly Guid Ivanova = Guid.CreateVersion7(), Petrova = Guid.CreateVersion7(), Sidorova = Guid.CreateVersion7();
    private static readonly Guid Room214 = Guid.CreateVersion7(), Room215 = Guid.CreateVersion7();
    private static readonly Guid Anna = Guid.CreateVersion7(), Boris = Guid.CreateVersion7(), Vera = Guid.CreateVersion7(), Gleb = Guid.CreateVersion7();

    private static readonly AssignmentFacts Maths5A = new(Guid.CreateVersion7(), Ivanova, "Иванова И. И.", Maths, "Математика", "Матем.", Class5A, null, 1);
    private static readonly AssignmentFacts Maths5B = new(Guid.CreateVersion7(), Ivanova, "Иванова И. И.", Maths, "Математика", "Матем.", Class5B, null, 1);
    private static readonly AssignmentFacts MathsPetrova5B = new(Guid.CreateVersion7(), Petrova, "Петрова П. П.", Maths, "Математика", "Матем.", Class5B, null, 1);
    private static readonly AssignmentFacts English1 = new(Guid.CreateVersion7(), Petrova, "Петрова П. П.", English, "Английский язык", "Англ.", null, Group1, 1);
    private static readonly AssignmentFacts English2 = new(Guid.CreateVersion7(), Sidorova, "Сидорова С. С.", English, "Английский язык", "Англ.", null, Group2, 1);
    private static readonly AssignmentFacts RoboticsElective = new(Guid.CreateVersion7(), Sidorova, "Сидорова С. С.", Robotics, "Робототехника", "Робот.", null, Elective, 1);

    [Fact]
    public void ATeacherInTwoClassesAtOnce_IsAConflictNamingBoth()
    {
        var found = Find(Line(Maths5A, 1, 2), Line(Maths5B, 1, 2));

        var conflict = Assert.Single(found, c => c.Kind == ConflictKind.TeacherBusy);
        Assert.Equal("Понедельник, 2-й урок: у учителя Иванова И. И. два урока сразу — Математика, 5А и Математика, 5Б.", conflict.Message);
        Assert.Equal(["5А, Пн, 2-й урок", "5Б, Пн, 2-й урок"], conflict.Places.Select(p => p.Label));
    }

    [Fact]
    public void LessonsOfTwoShifts_MeetWhenTheirBellsOverlap_NotByTheirNumbers()
    {
        var bells = new Dictionary<(int, int), (TimeOnly, TimeOnly)>
        {
            [(1, 1)] = (new(8, 30), new(9, 15)), [(1, 6)] = (new(13, 5), new(13, 50)),
            [(2, 1)] = (new(13, 30), new(14, 15)),
        };
        var picture = Picture([Line(Maths5A, 1, 1), Line(Maths5B, 1, 1)], secondShift: true, bells);

        Assert.DoesNotContain(TimetableConflicts.Find(picture), c => c.Kind == ConflictKind.TeacherBusy);
        var late = TimetableConflicts.Find(picture.With([Line(Maths5A, 1, 6), Line(Maths5B, 1, 1)]));
        Assert.Equal("Понедельник, 1-й урок и 6-й урок другой смены: у учителя Иванова И. И. два урока сразу — Математика, 5Б и Математика, 5А.",
            Assert.Single(late, c => c.Kind == ConflictKind.TeacherBusy).Message);
    }

    [Fact]
    public void ARoomTwice_IsAConflict_ButTwoRoomsAreNot()
    {
        Assert.Single(Find(Line(Maths5A, 1, 1, Room214), Line(MathsPetrova5B, 1, 1, Room214)), c => c.Kind == ConflictKind.RoomBusy);
        Assert.DoesNotContain(Find(Line(Maths5A, 1, 1, Room214), Line(MathsPetrova5B, 1, 1, Room215)), c => !c.MayBeKept);
    }

    [Fact]
    public void TwoGroupsOfAClassAtOnce_InTwoRooms_AreNoConflict()
    {
        var found = Find(Line(English1, 3, 4, Room214), Line(English2, 3, 4, Room215));

        Assert.DoesNotContain(found, c => !c.MayBeKept);
    }

    [Fact]
    public void AGroupOfAClass_AtTheTimeOfTheWholeClass_IsAStudentConflict()
    {
        var found = Find(Line(Maths5A, 3, 4), Line(English1, 3, 4));

        var conflict = Assert.Single(found, c => c.Kind == ConflictKind.StudentsBusy);
        Assert.Contains("два урока сразу — Математика, 5А и Английский язык, 5А, англ. 1", conflict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AStudentOfAnElective_AtTheTimeOfTheirClassesLesson_IsAStudentConflictNamingThem()
    {
        // Boris of 5А and Gleb of 5Б take the elective; 5Б has mathematics at the time, 5А is free.
        var found = Find(Line(RoboticsElective, 2, 6), Line(MathsPetrova5B, 2, 6));

        var conflict = Assert.Single(found, c => c.Kind == ConflictKind.StudentsBusy);
        Assert.Equal("Вторник, 6-й урок: у учащегося Глебов Глеб два урока сразу — Робототехника, группа «Робототехника» и Математика, 5Б.", conflict.Message);
    }

    [Fact]
    public void AStudentInTwoGroupsAtOnce_IsAConflict()
    {
        // Anna is in English group 1 and in the elective.
        var found = Find(Line(English1, 5, 7), Line(RoboticsElective, 5, 7));

        Assert.Contains(found, c => c.Kind == ConflictKind.StudentsBusy && c.Message.Contains("Аннова Анна", StringComparison.Ordinal));
    }

    [Fact]
    public void OddAndEvenWeeks_DoNotMeet_ButEveryWeekMeetsBoth()
    {
        Assert.DoesNotContain(Find(Line(Maths5A, 1, 3, weeks: WeekParity.Odd), Line(Maths5B, 1, 3, weeks: WeekParity.Even)), c => c.Kind == ConflictKind.TeacherBusy);
        Assert.Contains(Find(Line(Maths5A, 1, 3, weeks: WeekParity.Odd), Line(Maths5B, 1, 3)), c => c.Kind == ConflictKind.TeacherBusy);
    }

    [Fact]
    public void ASaturdayLesson_OfAFiveDayWeek_IsOnANonSchoolDay()
    {
        var conflict = Assert.Single(Find(Line(Maths5A, 6, 1)), c => c.Kind == ConflictKind.NotSchoolDay);
        Assert.Equal("Суббота, 1-й урок: Математика, 5А (Иванова И. И.) — у 5А 5 учебных дней в неделю, это не учебный день.", conflict.Message);
    }

    [Fact]
    public void HoursOverAndUnderTheLoadAndTheCurriculum_AreFoundPerSubject_AndMayBeKept()
    {
        // 5А's mathematics: 1 hour in the load, 5 in the curriculum; two lessons are placed.
        var found = Find(Line(Maths5A, 1, 1), Line(Maths5A, 2, 1));

        var load = Assert.Single(found, c => c.Kind == ConflictKind.AssignmentHours && c.AssignmentId == Maths5A.Id);
        Assert.Equal(("Математика, 5А (Иванова И. И.): в расписании 2 ч в неделю, по нагрузке 1 ч.", true, true), (load.Message, load.IsOver, load.MayBeKept));
        var plan = Assert.Single(found, c => c.Kind == ConflictKind.CurriculumHours && c.ClassId == Class5A && c.SubjectId == Maths);
        Assert.Equal(("5А, Математика: в расписании 2 ч в неделю, по учебному плану 5 ч.", false), (plan.Message, plan.IsOver));
    }

    [Fact]
    public void AClassesSubjectHours_CountTwoGroupsAtOnceOnce_AndOddWeeksAsAHalf()
    {
        var found = Find(Line(English1, 1, 1), Line(English2, 1, 1), Line(English1, 2, 1, weeks: WeekParity.Odd), Line(English2, 2, 1, weeks: WeekParity.Odd));

        var plan = Assert.Single(found, c => c.Kind == ConflictKind.CurriculumHours && c.ClassId == Class5A && c.SubjectId == English);
        Assert.Equal("5А, Английский язык: в расписании 1,5 ч в неделю, по учебному плану 3 ч.", plan.Message);
    }

    [Fact]
    public void AWeekOverTheSanitaryMaximum_IsFound()
    {
        // 30 slots of grade 5 on a 5-day week: the maximum is 29.
        var lines = Enumerable.Range(0, 30).Select(i => Line(Maths5A, 1 + i / 6, 1 + i % 6)).ToArray();

        var conflict = Assert.Single(Find(lines), c => c.Kind == ConflictKind.SanitaryLoad);
        Assert.Equal("5А: 30 уроков в неделю, а по СанПиН 1.2.3685-21 для 5 класса при 5-дневной неделе — не больше 29.", conflict.Message);
        Assert.False(conflict.MayBeKept);
    }

    [Theory]
    [InlineData(1, 5, 21)]
    [InlineData(3, 5, 23)]
    [InlineData(3, 6, 26)]
    [InlineData(5, 6, 32)]
    [InlineData(6, 5, 30)]
    [InlineData(7, 6, 35)]
    [InlineData(9, 5, 33)]
    [InlineData(11, 6, 37)]
    public void TheSanitaryMaximum_FollowsTheTable(int grade, int days, int max) => Assert.Equal(max, ScheduleRules.MaxWeeklyLessons(grade, days));

    [Fact]
    public void OddWeeks_StartWithTheWeekOfTheYearsFirstDay()
    {
        var start = new DateOnly(2026, 9, 1); // a Tuesday
        Assert.True(ScheduleRules.IsOddWeek(new DateOnly(2026, 8, 31), start));
        Assert.True(ScheduleRules.IsOddWeek(new DateOnly(2026, 9, 6), start));
        Assert.False(ScheduleRules.IsOddWeek(new DateOnly(2026, 9, 7), start));
        Assert.True(ScheduleRules.IsOddWeek(new DateOnly(2026, 9, 14), start));
    }

    [Fact]
    public void PlacingALine_IsRefusedOnlyForConflictsItTakesPartIn_AndForHoursOverUnlessKept()
    {
        var picture = Picture([Line(Maths5A, 1, 1, Room214)]);

        var busy = PlaceLesson.Refusals(picture, Line(Maths5B, 1, 1), keepHours: false);
        Assert.IsType<PlaceLesson.SlotConflict>(Assert.Single(busy));
        var over = PlaceLesson.Refusals(picture, Line(Maths5A, 2, 1), keepHours: false);
        Assert.IsType<PlaceLesson.HoursOver>(Assert.Single(over));
        Assert.Empty(PlaceLesson.Refusals(picture, Line(Maths5A, 2, 1), keepHours: true));
        Assert.Empty(PlaceLesson.Refusals(picture, Line(MathsPetrova5B, 1, 1, Room215), keepHours: false));
    }

    private static TimetableLine Line(AssignmentFacts a, int day, int number, Guid? room = null, WeekParity weeks = WeekParity.Every) =>
        new(Guid.CreateVersion7(), day, number, weeks, a.Id, room);

    private static List<TimetableConflict> Find(params TimetableLine[] lines) => TimetableConflicts.Find(Picture([.. lines]));

    private static TimetablePicture Picture(
        List<TimetableLine> lines, bool secondShift = false, Dictionary<(int, int), (TimeOnly, TimeOnly)>? bells = null) => new()
    {
        TimetableId = Guid.CreateVersion7(), AcademicYearId = Guid.CreateVersion7(), ValidFrom = new(2026, 9, 1), ValidTo = new(2027, 8, 31),
        AlternatingWeeks = true, Date = new(2026, 11, 30), Lines = lines,
        Assignments = new[] { Maths5A, Maths5B, MathsPetrova5B, English1, English2, RoboticsElective }.ToDictionary(a => a.Id),
        Classes = new Dictionary<Guid, ClassFacts>
        {
            [Class5A] = new(Class5A, "5А", 5, 1, 5),
            [Class5B] = new(Class5B, "5Б", 5, secondShift ? 2 : 1, 5),
        },
        Groups = new Dictionary<Guid, GroupFacts>
        {
            [Group1] = new(Group1, "англ. 1", Class5A, new HashSet<Guid> { Anna }),
            [Group2] = new(Group2, "англ. 2", Class5A, new HashSet<Guid> { Boris }),
            [Elective] = new(Elective, "Робототехника", null, new HashSet<Guid> { Anna, Gleb }),
        },
        ClassMembers = new Dictionary<Guid, IReadOnlySet<Guid>>
        {
            [Class5A] = new HashSet<Guid> { Anna, Boris },
            [Class5B] = new HashSet<Guid> { Vera, Gleb },
        },
        StudentNames = new Dictionary<Guid, string> { [Anna] = "Аннова Анна", [Boris] = "Борисов Борис", [Vera] = "Верова Вера", [Gleb] = "Глебов Глеб" },
        Rooms = new Dictionary<Guid, RoomFacts> { [Room214] = new(Room214, "214", 30), [Room215] = new(Room215, "215", 30) },
        Curriculum = new Dictionary<Guid, IReadOnlyDictionary<Guid, decimal>>
        {
            [Class5A] = new Dictionary<Guid, decimal> { [Maths] = 5, [English] = 3 },
            [Class5B] = new Dictionary<Guid, decimal> { [Maths] = 5, [English] = 3 },
        },
        SubjectNames = new Dictionary<Guid, string> { [Maths] = "Математика", [English] = "Английский язык", [Robotics] = "Робототехника" },
        Bells = bells ?? [],
    };
}
