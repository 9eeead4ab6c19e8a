using System.Globalization;
using Parta.Common;
using Parta.Journal;

namespace Parta.Grading;

/// <summary>A period's mark as the year's suggestion reads it (null value: not set).</summary>
public sealed record PeriodValue(string PeriodName, string? Value);

/// <summary>
/// The suggestion of a year mark from the period marks: the average of the five-point period marks rounded by the
/// school's rule for halves (<see cref="HalfRounding"/>); «н/а» when a period is «н/а»; «осв» when every period is «осв»;
/// on pass/fail «зач» when the last period is «зач». Nothing is suggested while a period has no mark. The final mark is
/// suggested the same way from the year and exam marks (without an exam: the year mark).
/// </summary>
public static class YearMarkRule
{
    public static Suggestion Suggest(IReadOnlyList<PeriodValue> periods, GradingRules rules, MarkScale scale)
    {
        if (periods.Count == 0)
        {
            return Suggestion.None;
        }

        if (periods.FirstOrDefault(p => p.Value is null) is { } missing)
        {
            return new(null, $"нет отметки за {missing.PeriodName}");
        }

        if (periods.All(p => p.Value == FinalMarkValues.Exempt))
        {
            return new(FinalMarkValues.Exempt, "освобождён во всех периодах → осв");
        }

        if (periods.FirstOrDefault(p => p.Value == FinalMarkValues.NotAssessed) is { } notAssessed)
        {
            return new(FinalMarkValues.NotAssessed, $"{notAssessed.PeriodName}: н/а → н/а");
        }

        var counted = periods.Where(p => p.Value != FinalMarkValues.Exempt).ToList();
        var points = counted.Select(p => MarkScales.Read(MarkScale.FivePoint, p.Value)?.Points).ToList();
        if (scale == MarkScale.PassFail || points.Any(p => p is null))
        {
            var last = counted[^1];
            return last.Value == MarkScales.Fail
                ? new(MarkScales.Fail, $"{last.PeriodName}: незач → незач")
                : new(MarkScales.Pass, $"{last.PeriodName}: зач → зач");
        }

        return Rounded([.. counted.Select(p => p.PeriodName)], [.. points.Select(p => p!.Value)], rules.Halves, "периодов");
    }

    /// <summary>The final mark: the rounded average of the year and exam marks, or the year mark without an exam.</summary>
    public static Suggestion SuggestFinal(string? year, string? exam, bool hasExam, GradingRules rules)
    {
        if (year is null)
        {
            return new(null, "нет годовой отметки");
        }

        if (!hasExam)
        {
            return new(year, $"годовая {year} → {year}");
        }

        if (exam is null)
        {
            return new(null, "нет экзаменационной отметки");
        }

        var y = MarkScales.Read(MarkScale.FivePoint, year)?.Points;
        var e = MarkScales.Read(MarkScale.FivePoint, exam)?.Points;
        if (y is null || e is null)
        {
            var worst = year == FinalMarkValues.NotAssessed || exam == FinalMarkValues.NotAssessed ? FinalMarkValues.NotAssessed : year;
            return new(worst, $"годовая {year}, экзамен {exam} → {worst}");
        }

        return Rounded(["годовая", "экзамен"], [y.Value, e.Value], rules.Halves, "годовой и экзаменационной");
    }

    private static Suggestion Rounded(string[] names, int[] points, HalfRounding halves, string of)
    {
        var average = (decimal)points.Sum() / points.Length;
        var floor = (int)Math.Floor(average);
        var fraction = average - floor;
        var mark = fraction > 0.5m ? floor + 1
            : fraction < 0.5m ? floor
            : halves switch
            {
                HalfRounding.Up => floor + 1,
                HalfRounding.Down => floor,
                _ => points[^1] > floor ? floor + 1 : floor,
            };
        var rule = fraction == 0.5m
            ? halves switch
            {
                HalfRounding.Up => ", половина в пользу учащегося",
                HalfRounding.Down => ", половина вниз",
                _ => $", половину решает {names[^1]}",
            }
            : "";
        var shown = average.ToString("0.##", RussianCulture.Instance);
        return new(mark.ToString(CultureInfo.InvariantCulture),
            $"{string.Join(", ", points)}: среднее {of} {shown} → {mark}{rule}");
    }
}
