using System.Globalization;

namespace Parta.Common;

/// <summary>Dates as a Russian reader sees them: 28.11.2026, and moments: 28.11.2026 14:05.</summary>
public static class RussianDate
{
    private static readonly string[] Months =
        ["Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август", "Сентябрь", "Октябрь", "Ноябрь", "Декабрь"];

    public static string Show(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    public static string Show(DateOnly? date) => date is { } d ? Show(d) : "";

    public static string Show(DateOnly start, DateOnly end) => $"{Show(start)} – {Show(end)}";

    /// <summary>«12.10.2026 14:05»: a moment already turned into the school's own time (<c>School.LocalTimeIn</c>).</summary>
    public static string ShowMoment(DateTime local) => local.ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The month of a date as a heading names it: «Ноябрь 2026».</summary>
    public static string MonthAndYear(DateOnly date) => $"{Months[date.Month - 1]} {date.Year.ToString(CultureInfo.InvariantCulture)}";
}
