namespace Parta.Common;

/// <summary>
/// The dates a field may hold. Every date a person types or an API client sends is checked against one of these, so that
/// «9999-12-31» or «0001-01-01» gets a message instead of an overflow somewhere deeper.
/// </summary>
public readonly record struct DateWindow(DateOnly Earliest, DateOnly Latest)
{
    /// <summary>Dates of the school's life (events, orders, years, holidays): from 1990 to ten years after today.</summary>
    public static DateWindow SchoolLife(DateOnly today) => new(new DateOnly(1990, 1, 1), today.AddYears(10));

    /// <summary>Birth dates: from 1900 to today.</summary>
    public static DateWindow Birth(DateOnly today) => new(new DateOnly(1900, 1, 1), today);

    public bool Contains(DateOnly date) => date >= Earliest && date <= Latest;

    public override string ToString() => RussianDate.Show(Earliest, Latest);
}
