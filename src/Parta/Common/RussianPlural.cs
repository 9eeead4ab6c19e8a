using System.Globalization;

namespace Parta.Common;

/// <summary>Russian plural forms: 1 класс, 2 класса, 5 классов, 11 классов, 21 класс.</summary>
public static class RussianPlural
{
    /// <param name="n">The number.</param>
    /// <param name="one">The form after 1, 21, 31 … (класс).</param>
    /// <param name="few">The form after 2–4, 22–24 … (класса).</param>
    /// <param name="many">The form after 0, 5–20, 25–30 … (классов).</param>
    public static string Of(long n, string one, string few, string many)
    {
        var abs = Math.Abs(n);
        var form = (abs % 100) is >= 11 and <= 14 ? many : (abs % 10) switch
        {
            1 => one,
            2 or 3 or 4 => few,
            _ => many,
        };
        return form;
    }

    /// <summary>The number with its word: «3 класса».</summary>
    public static string Count(long n, string one, string few, string many) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + Of(n, one, few, many);
}
