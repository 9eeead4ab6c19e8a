using System.Globalization;
using Parta.Common;
using Parta.Journal;

namespace Parta.Grading;

/// <summary>A suggested final mark and why, in words a teacher and a parent read («средний 4,47 → 4 по порогу 4,5»).</summary>
public sealed record Suggestion(string? Value, string Reason)
{
    public static readonly Suggestion None = new(null, "отметок нет");
}

/// <summary>What a period mark is suggested from: a student's marks and attendance in one journal and period.</summary>
/// <param name="Average">The weighted average (<see cref="WeightedAverage.Of"/>), null with no five-point marks.</param>
/// <param name="Marks">How many marks the student has in the period (pass/fail marks included).</param>
/// <param name="Passes">Of them «зач» (pass/fail subjects).</param>
/// <param name="Lessons">Lessons held while the student was on the list.</param>
/// <param name="Missed">Of them missed (an absence code).</param>
public sealed record PeriodRecord(decimal? Average, int Marks, int Passes, int Lessons, int Missed);

/// <summary>
/// The suggestion of a period mark by the school's <see cref="GradingRules"/>: «н/а» when the student missed more than
/// the allowed share of lessons, or has fewer marks than the minimum; otherwise the weighted average by the thresholds
/// (≥ Five → 5, ≥ Four → 4, ≥ Three → 3, else 2; exact comparison, 4,4999 is 4); on a pass/fail subject «зач» when at
/// least half the marks are «зач». The teacher decides; the reason is shown beside the suggestion.
/// </summary>
public static class PeriodMarkRule
{
    public static Suggestion Suggest(PeriodRecord record, GradingRules rules, MarkScale scale)
    {
        if (record.Lessons > 0 && record.Missed * 100m / record.Lessons > rules.MaxMissedPercent)
        {
            var share = Math.Round(record.Missed * 100m / record.Lessons, 0, MidpointRounding.AwayFromZero);
            return new(FinalMarkValues.NotAssessed,
                $"пропущено {record.Missed} из {RussianPlural.Count(record.Lessons, "урока", "уроков", "уроков")} ({share} %) → н/а, допускается не больше {rules.MaxMissedPercent} %");
        }

        if (record.Marks < rules.MinMarks)
        {
            return record.Marks == 0 && record.Lessons == 0
                ? Suggestion.None
                : new(FinalMarkValues.NotAssessed, $"{RussianPlural.Count(record.Marks, "отметка", "отметки", "отметок")} из {rules.MinMarks} нужных → н/а");
        }

        if (scale == MarkScale.PassFail)
        {
            return record.Passes * 2 >= record.Marks
                ? new(MarkScales.Pass, $"«зач» по {record.Passes} из {RussianPlural.Count(record.Marks, "отметки", "отметок", "отметок")} → зач")
                : new(MarkScales.Fail, $"«зач» по {record.Passes} из {RussianPlural.Count(record.Marks, "отметки", "отметок", "отметок")} → незач");
        }

        if (record.Average is not { } average)
        {
            return new(FinalMarkValues.NotAssessed, "нет отметок по пятибалльной шкале → н/а");
        }

        return ByThresholds(average, rules);
    }

    /// <summary>The mark the thresholds give for an average, and why.</summary>
    public static Suggestion ByThresholds(decimal average, GradingRules rules)
    {
        var (mark, threshold) = average >= rules.Five ? (5, rules.Five)
            : average >= rules.Four ? (4, rules.Five)
            : average >= rules.Three ? (3, rules.Four)
            : (2, rules.Three);
        return new(mark.ToString(CultureInfo.InvariantCulture), $"средний {ShowAgainst(average, threshold)} → {mark} по порогу {ShowThreshold(threshold)}");
    }

    /// <summary>
    /// The average with two decimals, or more where two would hide which side of the threshold it is on (4,4999 is
    /// shown as «4,4999», not «4,50» beside the threshold 4,5).
    /// </summary>
    public static string ShowAgainst(decimal average, decimal threshold)
    {
        for (var decimals = 2; decimals < 6; decimals++)
        {
            var shown = Math.Round(average, decimals, MidpointRounding.AwayFromZero);
            if ((shown >= threshold) == (average >= threshold))
            {
                return shown.ToString("0.00" + new string('#', decimals - 2), RussianCulture.Instance);
            }
        }

        return Math.Round(average, 6, MidpointRounding.ToZero).ToString("0.00####", RussianCulture.Instance);
    }

    public static string ShowThreshold(decimal threshold) => threshold.ToString("0.0#", RussianCulture.Instance);
}
