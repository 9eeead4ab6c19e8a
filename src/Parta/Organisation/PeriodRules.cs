namespace Parta.Organisation;

/// <summary>A period as it is being entered, before it is saved.</summary>
public sealed record PeriodDraft(int Number, string Name, DateOnly Start, DateOnly End, bool Closed = false);

/// <summary>
/// The rules of a year and its periods, without a database: a year ends after it starts; a period ends after it starts,
/// stays inside its year, and does not overlap another period of the same scheme.
/// </summary>
public static class PeriodRules
{
    /// <param name="endField">The request field the refusal belongs to.</param>
    public static IReadOnlyList<Error> CheckYear(DateOnly start, DateOnly end, string endField = "End")
    {
        return end <= start
            ? [new Invalid("Дата окончания учебного года должна быть позже даты начала.", endField)]
            : [];
    }

    /// <summary>The refusals of a scheme's periods, each in the words of the form (they concern the scheme as a whole).</summary>
    public static IReadOnlyList<Error> CheckPeriods(DateOnly yearStart, DateOnly yearEnd, IReadOnlyList<PeriodDraft> periods)
    {
        var refusals = new List<Error>();
        foreach (var p in periods)
        {
            if (string.IsNullOrWhiteSpace(p.Name))
            {
                refusals.Add(new Invalid($"Введите название периода № {p.Number}."));
            }

            if (p.End < p.Start)
            {
                refusals.Add(new Invalid($"Период «{p.Name}»: дата окончания раньше даты начала."));
            }
            else if (p.Start < yearStart || p.End > yearEnd)
            {
                refusals.Add(new Invalid(
                    $"Период «{p.Name}» выходит за границы учебного года ({RussianDate.Show(yearStart, yearEnd)})."));
            }
        }

        var ordered = periods.Where(p => p.End >= p.Start).OrderBy(p => p.Start).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            for (var j = i + 1; j < ordered.Count && ordered[j].Start <= ordered[i].End; j++)
            {
                refusals.Add(new Invalid($"Периоды «{ordered[i].Name}» и «{ordered[j].Name}» пересекаются."));
            }
        }

        if (periods.GroupBy(p => p.Number).Any(g => g.Count() > 1))
        {
            refusals.Add(new Invalid("Номера периодов не должны повторяться."));
        }

        return refusals;
    }

    /// <summary>
    /// The usual periods of a Russian school year that starts on <paramref name="yearStart"/> (1 September):
    /// quarters with autumn, winter and spring holidays between them, halves, trimesters, or the whole year.
    /// Dates are kept inside the year.
    /// </summary>
    public static IReadOnlyList<PeriodDraft> Standard(PeriodKind kind, DateOnly yearStart, DateOnly yearEnd)
    {
        var y = yearStart.Month >= 7 ? yearStart.Year : yearStart.Year - 1;
        DateOnly D(int year, int month, int day) => new(year, month, day);
        (string Name, DateOnly Start, DateOnly End)[] raw = kind switch
        {
            PeriodKind.Quarter =>
            [
                ("1 четверть", D(y, 9, 1), D(y, 10, 24)),
                ("2 четверть", D(y, 11, 3), D(y, 12, 28)),
                ("3 четверть", D(y + 1, 1, 9), D(y + 1, 3, 21)),
                ("4 четверть", D(y + 1, 3, 30), D(y + 1, 5, 26)),
            ],
            PeriodKind.Half =>
            [
                ("1 полугодие", D(y, 9, 1), D(y, 12, 28)),
                ("2 полугодие", D(y + 1, 1, 9), D(y + 1, 5, 26)),
            ],
            PeriodKind.Trimester =>
            [
                ("1 триместр", D(y, 9, 1), D(y, 11, 30)),
                ("2 триместр", D(y, 12, 1), D(y + 1, 2, 28)),
                ("3 триместр", D(y + 1, 3, 1), D(y + 1, 5, 31)),
            ],
            PeriodKind.Year => [("Учебный год", D(y, 9, 1), D(y + 1, 5, 31))],
            _ => [],
        };
        return raw
            .Select((p, i) => new PeriodDraft(i + 1, p.Name, Max(p.Start, yearStart), Min(p.End, yearEnd)))
            .Where(p => p.Start <= p.End)
            .ToList();
    }

    public static string Title(PeriodKind kind) => kind switch
    {
        PeriodKind.Quarter => "Четверти",
        PeriodKind.Half => "Полугодия",
        PeriodKind.Trimester => "Триместры",
        PeriodKind.Year => "Учебный год",
        _ => "Особая схема",
    };

    /// <summary>The API's name of a kind: <c>quarter</c>, <c>half</c>, <c>trimester</c>, <c>year</c>; a custom scheme is <c>custom</c>.</summary>
    public static string Code(PeriodKind kind) => kind switch
    {
        PeriodKind.Quarter => "quarter",
        PeriodKind.Half => "half",
        PeriodKind.Trimester => "trimester",
        PeriodKind.Year => "year",
        _ => "custom",
    };

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
