namespace Parta.Journal;

/// <summary>Шкала отметок of a subject: which values its journal accepts.</summary>
public enum MarkScale
{
    /// <summary>Пятибалльная: 5, 4, 3, 2, 1; the only marks the weighted average counts.</summary>
    FivePoint,

    /// <summary>Зачёт / незачёт: «зач», «незач»; not counted in averages.</summary>
    PassFail,
}

/// <summary>The values of each scale and how a typed value is read.</summary>
public static class MarkScales
{
    public const string Pass = "зач";
    public const string Fail = "незач";

    public static IReadOnlyList<string> Values(MarkScale scale) => scale switch
    {
        MarkScale.PassFail => [Pass, Fail],
        _ => ["5", "4", "3", "2", "1"],
    };

    public static string Title(MarkScale scale) => scale switch
    {
        MarkScale.PassFail => "зачёт / незачёт",
        _ => "пятибалльная (1–5)",
    };

    /// <summary>
    /// The value as stored and its points, or null when the scale has no such value. «зачёт», «зачтено», «з» are read
    /// as «зач»; «незачёт», «н/з» as «незач»; spaces and case are ignored.
    /// </summary>
    public static (string Value, int? Points)? Read(MarkScale scale, string? typed)
    {
        var text = typed?.Trim().ToLowerInvariant().Replace('ё', 'е');
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (scale == MarkScale.FivePoint)
        {
            return text is ['1' or '2' or '3' or '4' or '5'] ? (text, text[0] - '0') : null;
        }

        return text switch
        {
            "зач" or "зачет" or "зачтено" or "з" or "+" => (Pass, null),
            "незач" or "незачет" or "не зачтено" or "н/з" or "нз" or "-" => (Fail, null),
            _ => null,
        };
    }
}
