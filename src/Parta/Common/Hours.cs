using System.Globalization;

namespace Parta.Common;

/// <summary>Hours per week typed by a person: «1,5» or «1.5».</summary>
public static class Hours
{
    public const decimal Max = 50;

    public static bool TryParse(string? text, out decimal hours)
    {
        hours = 0;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 10)
        {
            return false;
        }

        return decimal.TryParse(text.Trim().Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out hours)
            && IsValid(hours);
    }

    /// <summary>From 0 to 50 hours a week, in hundredths at most.</summary>
    public static bool IsValid(decimal hours) => hours is >= 0 and <= Max && decimal.Round(hours, 2) == hours;

    public static string Show(decimal hours) => hours.ToString("0.##", RussianCulture.Instance);
}
