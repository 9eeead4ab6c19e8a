namespace Parta.Organisation;

/// <summary>An entry of the calendar as the rule needs it.</summary>
public sealed record CalendarDayEntry(CalendarEntryKind Kind, DateOnly Start, DateOnly End, int? Grade);

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

    public static string Title(CalendarEntryKind kind) => kind switch
    {
        CalendarEntryKind.Holidays => "Каникулы",
        CalendarEntryKind.PublicHoliday => "Праздничный день",
        CalendarEntryKind.WorkingDay => "Перенесённый рабочий день",
        CalendarEntryKind.DayOff => "Перенесённый выходной",
        _ => kind.ToString(),
    };
}
