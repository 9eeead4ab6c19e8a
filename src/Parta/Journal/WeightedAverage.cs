namespace Parta.Journal;

/// <summary>
/// Средневзвешенный балл: Σ(mark × weight) / Σ(weight) over five-point marks, exactly. The one function behind the
/// journal, the API, the reports and the diary; pass/fail marks (no points) are not counted; no marks → null.
/// </summary>
public static class WeightedAverage
{
    public static decimal? Of(IEnumerable<(int? Points, decimal Weight)> marks)
    {
        decimal sum = 0, weights = 0;
        foreach (var (points, weight) in marks)
        {
            if (points is { } p && weight > 0)
            {
                sum += p * weight;
                weights += weight;
            }
        }

        return weights == 0 ? null : sum / weights;
    }

    /// <summary>For display only (comparisons use the exact value): two decimals, e.g. «4,47».</summary>
    public static string Show(decimal? average) =>
        average is { } a ? Math.Round(a, 2, MidpointRounding.AwayFromZero).ToString("0.00", Common.RussianCulture.Instance) : "";

    /// <summary>The API's number: rounded to two decimals, null with no marks.</summary>
    public static decimal? Rounded(decimal? average) => average is { } a ? Math.Round(a, 2, MidpointRounding.AwayFromZero) : null;
}
