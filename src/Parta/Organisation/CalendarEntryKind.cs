using Parta.Data;

namespace Parta.Organisation;

public enum CalendarEntryKind
{
    /// <summary>Каникулы: a range of days without lessons.</summary>
    Holidays = 1,

    /// <summary>Праздничный день.</summary>
    PublicHoliday = 2,

    /// <summary>Перенесённый рабочий день: a weekend day that is a school day.</summary>
    WorkingDay = 3,

    /// <summary>Перенесённый выходной: a weekday without lessons.</summary>
    DayOff = 4,
}
