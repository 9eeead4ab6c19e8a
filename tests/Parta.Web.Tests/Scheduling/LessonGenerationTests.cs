using Microsoft.EntityFrameworkCore;
using Parta.Organisation;
using Parta.Scheduling;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.Scheduling;

/// <summary>
/// The dated lessons follow the timetable, the calendar and the changes to the day; a lesson people wrote into is never
/// deleted by a timetable change. The test clock's today is Monday 30.11.2026.
/// </summary>
public sealed class LessonGenerationTests(TestApps apps)
{
    private static readonly DateOnly Monday = new(2026, 11, 30);

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Lessons_FollowTheWeeklyTimetable_WithTheBellsTimes_AndNoneInTheHolidays(Db db)
    {
        var app = await apps.GetAsync(db);
        var s = await app.CreateTimetableSchoolAsync();
        await app.CreateTimetableAsync(s, TestData.YearStart, false, (1, 1, s.Maths, WeekParity.Every), (2, 3, s.Russian, WeekParity.Every));
        await AddCalendarAsync(app, s, new CalendarEntry { SchoolId = s.School.Id, AcademicYearId = s.YearId, Kind = CalendarEntryKind.Holidays, Name = "Осенние каникулы", Start = new(2026, 10, 26), End = new(2026, 11, 3) });

        var outcome = await app.RefreshAsync(s.School.Id, new(2026, 10, 19), new(2026, 11, 10));

        var lessons = await app.LessonsAsync(s.School.Id, new(2026, 10, 19), new(2026, 11, 10));
        Assert.Equal(
            [("19.10.2026", 1, "08:30", s.Maths), ("20.10.2026", 3, "10:20", s.Russian), ("09.11.2026", 1, "08:30", s.Maths), ("10.11.2026", 3, "10:20", s.Russian)],
            lessons.Select(l => (RussianDate.Show(l.Date), l.Number, l.Start!.Value.ToString("HH:mm", null), l.TeachingAssignmentId)));
        Assert.Equal((4, 0, 0), (outcome.Added, outcome.Changed, outcome.Deleted));
        Assert.All(lessons, l => Assert.Equal(s.ClassId, l.SchoolClassId));
        Assert.Equal(s.MathsTeacher, lessons[0].TeacherId);

        var again = await app.RefreshAsync(s.School.Id, new(2026, 10, 19), new(2026, 11, 10));
        Assert.Equal((0, 0, 0), (again.Added, again.Changed, again.Deleted));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task AMovedWorkingSaturday_HasTheNamedDaysLessons_AndAMovedDayOffHasNone(Db db)
    {
        var app = await apps.GetAsync(db);
        var s = await app.CreateTimetableSchoolAsync();
        await app.CreateTimetableAsync(s, TestData.YearStart, false, (1, 2, s.Maths, WeekParity.Every), (6, 1, s.Russian, WeekParity.Every));
        await AddCalendarAsync(app, s,
            new CalendarEntry { SchoolId = s.School.Id, AcademicYearId = s.YearId, Kind = CalendarEntryKind.WorkingDay, Name = "Рабочая суббота", Start = new(2026, 12, 26), End = new(2026, 12, 26), TimetableDay = 1 },
            new CalendarEntry { SchoolId = s.School.Id, AcademicYearId = s.YearId, Kind = CalendarEntryKind.DayOff, Name = "Перенесённый выходной", Start = new(2026, 12, 28), End = new(2026, 12, 28) });

        await app.RefreshAsync(s.School.Id, new(2026, 12, 19), new(2026, 12, 28));

        var lessons = await app.LessonsAsync(s.School.Id, new(2026, 12, 19), new(2026, 12, 28));
        // Saturday the 19th is not a school day of a 5-day week (the Saturday line is a conflict the editor shows);
        // the working Saturday the 26th follows Monday; Monday the 28th is a day off.
        Assert.Equal([("21.12.2026", 2), ("26.12.2026", 2)], lessons.Select(l => (RussianDate.Show(l.Date), l.Number)));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task ASixDayGrade_HasSaturdayLessons(Db db)
    {
        var app = await apps.GetAsync(db);
        var s = await app.CreateTimetableSchoolAsync();
        await app.WithDbAsync(s.School.Id, async d =>
        {
            d.GradeSettings.Add(new GradeSettings { SchoolId = s.School.Id, AcademicYearId = s.YearId, Grade = 5, DaysPerWeek = 6 });
            await d.SaveChangesAsync();
        });
        await app.CreateTimetableAsync(s, TestData.YearStart, false, (6, 1, s.Russian, WeekParity.Every));

        await app.RefreshAsync(s.School.Id, new(2026, 12, 14), new(2026, 12, 20));

        var lesson = Assert.Single(await app.LessonsAsync(s.School.Id, new(2026, 12, 14), new(2026, 12, 20)));
        Assert.Equal(new DateOnly(2026, 12, 19), lesson.Date);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task OddAndEvenWeeks_GiveLessonsOnlyInTheirWeeks(Db db)
    {
        var app = await apps.GetAsync(db);
        var s = await app.CreateTimetableSchoolAsync();
        await app.CreateTimetableAsync(s, TestData.YearStart, true, (1, 1, s.Maths, WeekParity.Odd), (1, 2, s.Russian, WeekParity.Even));

        await app.RefreshAsync(s.School.Id, new(2026, 9, 7), new(2026, 9, 20));

        // The week of 1 September is odd, so 7.09 is in an even week and 14.09 in an odd one.
        Assert.Equal([("07.09.2026", s.Russian), ("14.09.2026", s.Maths)],
            (await app.LessonsAsync(s.School.Id, new(2026, 9, 7), new(2026, 9, 20))).Select(l => (RussianDate.Show(l.Date), l.TeachingAssignmentId)));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task ANewTimetableFromADate_ChangesLessonsFromThatDate_AndKeepsTheOldOneBefore(Db db)
    {
        var app = await apps.GetAsync(db);
        var s = await app.CreateTimetableSchoolAsync();
        await app.CreateTimetableAsync(s, TestData.YearStart, false, (1, 1, s.Maths, WeekParity.Every));
        await app.RefreshAsync(s.School.Id, TestData.YearStart, new(2026, 12, 31));
        var past = (await app.LessonsAsync(s.School.Id, new(2026, 11, 23), new(2026, 11, 23))).Single();

        var started = await app.UseAsync<StartTimetable, Parta.Common.Result<Timetable>>(s.School.Id,
            u => u.HandleAsync(new StartTimetable.Request(s.YearId, new DateOnly(2026, 12, 7))));
        Assert.True(started.Succeeded);
        var line = await app.WithDbAsync(s.School.Id, d => d.TimetableEntries.SingleAsync(e => e.TimetableId == started.Value.Id));
        var moved = await app.UseAsync<PlaceLesson, Parta.Common.Result<TimetableEntry>>(s.School.Id,
            u => u.HandleAsync(new PlaceLesson.Request(started.Value.Id, 3, 4, s.Maths, null, LineId: line.Id)));
        Assert.True(moved.Succeeded, string.Join(" ", moved.Errors.Select(e => e.Message)));

        var lessons = await app.LessonsAsync(s.School.Id, new(2026, 11, 23), new(2026, 12, 13));
        Assert.Equal([("23.11.2026", 1), ("30.11.2026", 1), ("09.12.2026", 4)], lessons.Select(l => (RussianDate.Show(l.Date), l.Number)));
        Assert.Equal(past.Id, lessons[0].Id);
        var oldLines = await app.WithDbAsync(s.School.Id, d => d.TimetableEntries.CountAsync(e => e.TimetableId != started.Value.Id && e.Day == 1));
        Assert.Equal(1, oldLines);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task ASubstitution_AMoveAndACancellation_ChangeThatDaysLessonInPlace(Db db)
    {
        var app = await apps.GetAsync(db);
        var s = await app.CreateTimetableSchoolAsync();
        var sidorova = await app.CreateStaffAsync(s.School, "Сидорова");
        await app.CreateTimetableAsync(s, TestData.YearStart, false, (2, 1, s.Maths, WeekParity.Every), (3, 2, s.Maths, WeekParity.Every), (4, 3, s.Russian, WeekParity.Every));
        await app.RefreshAsync(s.School.Id, Monday, Monday.AddDays(6));
        var before = await app.LessonsAsync(s.School.Id, Monday, Monday.AddDays(6));

        await app.WithDbAsync(s.School.Id, async d =>
        {
            d.LessonChanges.AddRange(
                new LessonChange { SchoolId = s.School.Id, Date = new(2026, 12, 1), Kind = LessonChangeKind.Substitution, TeachingAssignmentId = s.Maths, Number = 1, SubstituteId = sidorova, Reason = "болезнь" },
                new LessonChange { SchoolId = s.School.Id, Date = new(2026, 12, 2), Kind = LessonChangeKind.Moved, TeachingAssignmentId = s.Maths, Number = 2, NewNumber = 5 },
                new LessonChange { SchoolId = s.School.Id, Date = new(2026, 12, 3), Kind = LessonChangeKind.Cancelled, TeachingAssignmentId = s.Russian, Number = 3, Reason = "экскурсия" },
                new LessonChange { SchoolId = s.School.Id, Date = new(2026, 12, 4), Kind = LessonChangeKind.Extra, TeachingAssignmentId = s.Russian, Number = 6 });
            await d.SaveChangesAsync();
        });
        await app.RefreshAsync(s.School.Id, Monday, Monday.AddDays(6));

        var after = await app.LessonsAsync(s.School.Id, Monday, Monday.AddDays(6));
        Assert.Equal(
            [("01.12.2026", 1, sidorova, (LessonChangeKind?)LessonChangeKind.Substitution), ("02.12.2026", 5, s.MathsTeacher, LessonChangeKind.Moved),
             ("03.12.2026", 3, s.RussianTeacher, LessonChangeKind.Cancelled), ("04.12.2026", 6, s.RussianTeacher, LessonChangeKind.Extra)],
            after.Select(l => (RussianDate.Show(l.Date), l.Number, l.TeacherId, l.Change)));
        Assert.Equal(before.Select(l => l.Id), after.Take(3).Select(l => l.Id));
        Assert.Equal(new TimeOnly(12, 10), after[1].Start);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task ALessonWithATopic_SurvivesItsLineBeingRemoved_FlaggedForTheTeacher_WhileEmptyOnesGo(Db db)
    {
        var app = await apps.GetAsync(db);
        var s = await app.CreateTimetableSchoolAsync();
        var timetableId = await app.CreateTimetableAsync(s, TestData.YearStart, false, (1, 1, s.Maths, WeekParity.Every));
        await app.RefreshAsync(s.School.Id, Monday, new(2026, 12, 14));
        var written = await app.WithDbAsync(s.School.Id, async d =>
        {
            var lesson = await d.Lessons.SingleAsync(l => l.Date == new DateOnly(2026, 12, 7));
            lesson.Topic = "Сложение дробей";
            await d.SaveChangesAsync();
            return lesson.Id;
        });
        var line = await app.WithDbAsync(s.School.Id, d => d.TimetableEntries.SingleAsync(e => e.TimetableId == timetableId));

        var removed = await app.UseAsync<RemoveTimetableLine, Parta.Common.Result<TimetableEntry>>(s.School.Id, u => u.HandleAsync(new RemoveTimetableLine.Request(line.Id)));

        Assert.True(removed.Succeeded);
        var left = await app.LessonsAsync(s.School.Id, Monday, new(2026, 12, 14));
        var kept = Assert.Single(left);
        Assert.Equal((written, true, "Сложение дробей"), (kept.Id, kept.NotInTimetable, kept.Topic));

        // Put back, the lesson is the timetable's again, with its topic.
        var placed = await app.UseAsync<PlaceLesson, Parta.Common.Result<TimetableEntry>>(s.School.Id,
            u => u.HandleAsync(new PlaceLesson.Request(timetableId, 1, 2, s.Maths, null)));
        Assert.True(placed.Succeeded);
        var back = await app.LessonsAsync(s.School.Id, new(2026, 12, 7), new(2026, 12, 7));
        Assert.Equal((written, false, 2), (back.Single().Id, back.Single().NotInTimetable, back.Single().Number));
    }

    private static async Task AddCalendarAsync(PartaAppFactory app, TimetableSchool s, params CalendarEntry[] entries) =>
        await app.WithDbAsync(s.School.Id, async d =>
        {
            d.CalendarEntries.AddRange(entries);
            await d.SaveChangesAsync();
        });
}
