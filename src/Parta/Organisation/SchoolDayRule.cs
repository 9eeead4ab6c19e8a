namespace Parta.Organisation;

/// <summary>An entry of the calendar as the rule needs it.</summary>
public sealed record CalendarDayEntry(CalendarEntryKind Kind, DateOnly Start, DateOnly End, int? Grade, int? TimetableDay = null);

/// <summary>
/// Whether a date is a school day for a grade, without a database: inside the year; not a holiday, public holiday
/// or moved day off of the whole school or of this grade; a weekday of its 5- or 6-day week, unless a weekend day
/// is a moved working day.
/// </summary>
public static class SchoolDayRule
{
    public static bool IsSchoolDay(
        DateOnly date, int grade, int daysPerWeek, DateOnly yearStart, DateOnly yearEnd, IEnumerable<CalendarDayEntry> entries)
    {
        if (date < yearStart || date > yearEnd)
        {
            return false;
        }

        var applying = entries.Where(e => date >= e.Start && date <= e.End && (e.Grade is null || e.Grade == grade)).ToList();
        if (applying.Any(e => e.Kind is CalendarEntryKind.Holidays or CalendarEntryKind.PublicHoliday or CalendarEntryKind.DayOff))
        {
            return false;
        }

        if (applying.Any(e => e.Kind == CalendarEntryKind.WorkingDay))
        {
            return true;
        }

        return date.DayOfWeek switch
        {
            DayOfWeek.Sunday => false,
            DayOfWeek.Saturday => daysPerWeek >= 6,
            _ => true,
        };
    }

    /// <summary>
    /// Whose day of the week's timetable a school day follows (1 = Monday … 6 = Saturday): its own, or on a moved working
    /// day the one the calendar names («работает по расписанию понедельника»).
    /// </summary>
    public static int TimetableDay(DateOnly date, int grade, IEnumerable<CalendarDayEntry> entries)
    {
        var moved = entries.FirstOrDefault(e => e.Kind == CalendarEntryKind.WorkingDay && e.TimetableDay is not null
            && date >= e.Start && date <= e.End && (e.Grade is null || e.Grade == grade));
        return moved?.TimetableDay ?? DayNumber(date);
    }

    /// <summary>The day of the week as the timetable numbers it: 1 = Monday … 7 = Sunday.</summary>
    public static int DayNumber(DateOnly date) => date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek;

    public static string Title(CalendarEntryKind kind) => kind switch
    {
        CalendarEntryKind.Holidays => "Каникулы",
        CalendarEntryKind.PublicHoliday => "Праздничный день",
        CalendarEntryKind.WorkingDay => "Перенесённый рабочий день",
        CalendarEntryKind.DayOff => "Перенесённый выходной",
        _ => kind.ToString(),
    };
}
