using System.Globalization;

namespace Parta.Common;

/// <summary>Dates as a Russian reader sees them: 28.11.2026.</summary>
public static class RussianDate
{
    public static string Show(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    public static string Show(DateOnly? date) => date is { } d ? Show(d) : "";

    public static string Show(DateOnly start, DateOnly end) => $"{Show(start)} – {Show(end)}";
}
