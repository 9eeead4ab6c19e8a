using Parta.Organisation;

namespace Parta.Tests.Organisation;

public sealed class SchoolDayRuleTests
{
    private static readonly DateOnly YearStart = new(2026, 9, 1);
    private static readonly DateOnly YearEnd = new(2027, 8, 31);

    private static bool IsSchoolDay(DateOnly date, int grade = 5, int daysPerWeek = 5, params CalendarDayEntry[] entries) =>
        SchoolDayRule.IsSchoolDay(date, grade, daysPerWeek, YearStart, YearEnd, entries);

    [Fact]
    public void Weekday_WithoutEntries_IsASchoolDay()
    {
        Assert.True(IsSchoolDay(new DateOnly(2026, 10, 12))); // Monday
    }

    [Fact]
    public void Saturday_IsASchoolDayOnlyInASixDayWeek()
    {
        var saturday = new DateOnly(2026, 10, 17);

        Assert.False(IsSchoolDay(saturday, daysPerWeek: 5));
        Assert.True(IsSchoolDay(saturday, daysPerWeek: 6));
    }

    [Fact]
    public void Sunday_IsNeverASchoolDay()
    {
        Assert.False(IsSchoolDay(new DateOnly(2026, 10, 18), daysPerWeek: 6));
    }

    [Fact]
    public void DateOutsideTheYear_IsNotASchoolDay()
    {
        Assert.False(IsSchoolDay(new DateOnly(2026, 8, 31)));
    }

    [Fact]
    public void Holidays_CloseEveryDayOfTheirRange()
    {
        var autumn = new CalendarDayEntry(CalendarEntryKind.Holidays, new DateOnly(2026, 10, 26), new DateOnly(2026, 11, 3), null);

        Assert.False(IsSchoolDay(new DateOnly(2026, 10, 26), entries: autumn));
        Assert.False(IsSchoolDay(new DateOnly(2026, 11, 3), entries: autumn));
        Assert.True(IsSchoolDay(new DateOnly(2026, 11, 5), entries: autumn));
    }

    [Fact]
    public void PublicHoliday_OnAWeekday_IsNotASchoolDay()
    {
        var unity = new CalendarDayEntry(CalendarEntryKind.PublicHoliday, new DateOnly(2026, 11, 4), new DateOnly(2026, 11, 4), null);

        Assert.False(IsSchoolDay(new DateOnly(2026, 11, 4), entries: unity));
    }

    [Fact]
    public void MovedDays_SaturdayBecomesWorkingAndMondayDayOff()
    {
        var working = new CalendarDayEntry(CalendarEntryKind.WorkingDay, new DateOnly(2026, 12, 26), new DateOnly(2026, 12, 26), null);
        var off = new CalendarDayEntry(CalendarEntryKind.DayOff, new DateOnly(2026, 12, 28), new DateOnly(2026, 12, 28), null);

        Assert.True(IsSchoolDay(new DateOnly(2026, 12, 26), entries: [working, off]));
        Assert.False(IsSchoolDay(new DateOnly(2026, 12, 28), entries: [working, off]));
    }

    [Fact]
    public void ExtraFebruaryHolidays_ForGradeOne_DoNotCloseOtherGrades()
    {
        var extra = new CalendarDayEntry(CalendarEntryKind.Holidays, new DateOnly(2027, 2, 15), new DateOnly(2027, 2, 21), 1);
        var date = new DateOnly(2027, 2, 16);

        Assert.False(IsSchoolDay(date, grade: 1, entries: extra));
        Assert.True(IsSchoolDay(date, grade: 2, entries: extra));
    }
}
