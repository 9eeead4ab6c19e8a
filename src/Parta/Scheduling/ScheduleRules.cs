namespace Parta.Scheduling;

/// <summary>The bounds of the timetable's fields and the sanitary maximum of lessons a week (СанПиН 1.2.3685-21).</summary>
public static class ScheduleRules
{
    /// <summary>Lesson numbers run from 0 («нулевой урок») to this.</summary>
    public const int MaxLessonNumber = 10;

    public const int MaxShift = 2;

    public const int ReasonLength = 200;

    public const int TopicLength = 500;

    /// <summary>The day names of the timetable, Monday = 1.</summary>
    public static readonly string[] DayNames = ["", "Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота"];

    public static readonly string[] DayShortNames = ["", "Пн", "Вт", "Ср", "Чт", "Пт", "Сб"];

    /// <summary>1 = Monday … 7 = Sunday.</summary>
    public static int DayOf(DateOnly date) => Organisation.SchoolDayRule.DayNumber(date);

    /// <summary>
    /// The most lessons a week a class of the grade may have (СанПиН 1.2.3685-21, table 6.6): grade 1 — 21 (a 5-day
    /// week only); grades 2–4 — 23 / 26; 5 — 29 / 32; 6 — 30 / 33; 7 — 32 / 35; 8–9 — 33 / 36; 10–11 — 34 / 37 for a
    /// 5- / 6-day week.
    /// </summary>
    public static int MaxWeeklyLessons(int grade, int daysPerWeek)
    {
        var six = daysPerWeek >= 6;
        return grade switch
        {
            <= 1 => 21,
            <= 4 => six ? 26 : 23,
            5 => six ? 32 : 29,
            6 => six ? 33 : 30,
            7 => six ? 35 : 32,
            <= 9 => six ? 36 : 33,
            _ => six ? 37 : 34,
        };
    }

    /// <summary>
    /// Odd or even week: weeks run Monday to Sunday, and the week holding the first day of the school year is odd.
    /// </summary>
    public static bool IsOddWeek(DateOnly date, DateOnly yearStart)
    {
        var firstMonday = yearStart.AddDays(-(DayOf(yearStart) - 1));
        var week = (date.DayNumber - firstMonday.DayNumber) / 7;
        return week % 2 == 0;
    }

    public static bool HoldsOn(WeekParity weeks, DateOnly date, DateOnly yearStart) => weeks switch
    {
        WeekParity.Odd => IsOddWeek(date, yearStart),
        WeekParity.Even => !IsOddWeek(date, yearStart),
        _ => true,
    };

    /// <summary>How many lessons a week a line gives: a line of odd or even weeks only counts as a half.</summary>
    public static decimal WeeklyWeight(WeekParity weeks) => weeks == WeekParity.Every ? 1m : 0.5m;

    public static string Title(WeekParity weeks) => weeks switch
    {
        WeekParity.Odd => "по нечётным неделям",
        WeekParity.Even => "по чётным неделям",
        _ => "каждую неделю",
    };

    public static string Title(LessonChangeKind kind) => kind switch
    {
        LessonChangeKind.Substitution => "Замена",
        LessonChangeKind.Cancelled => "Отменён",
        LessonChangeKind.Moved => "Перенесён",
        LessonChangeKind.Extra => "Дополнительный урок",
        _ => kind.ToString(),
    };
}

/// <summary>The room's fields.</summary>
public static class RoomRules
{
    /// <summary>«каб. 214» for a numbered room, the name itself for a named one («Спортзал», «Кабинет химии»).</summary>
    public static string Label(string room) => room.Length > 0 && char.IsAsciiDigit(room[0]) ? $"каб. {room}" : room;

    public const int NameLength = 50;
    public const int MaxCapacity = 1000;
}
