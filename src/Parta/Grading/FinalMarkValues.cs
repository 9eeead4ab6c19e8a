using Parta.Journal;

namespace Parta.Grading;

/// <summary>
/// The values a final mark takes: the subject's scale («5»…«1» or «зач»/«незач») and the special values «н/а»
/// (не аттестован) and «осв» (освобождён); a five-point subject also takes «зач» (e.g. after a physical education
/// exemption with credits). How a typed value is read.
/// </summary>
public static class FinalMarkValues
{
    public const int Length = 8;
    public const string NotAssessed = "н/а";
    public const string Exempt = "осв";

    public static IReadOnlyList<string> For(MarkScale scale) =>
        scale == MarkScale.FivePoint
            ? ["5", "4", "3", "2", "1", NotAssessed, Exempt, MarkScales.Pass]
            : [MarkScales.Pass, MarkScales.Fail, NotAssessed, Exempt];

    /// <summary>The value as stored and its points, or null when it is not a final mark of the scale («на», «н.а.», «осв.» are read).</summary>
    public static (string Value, int? Points)? Read(MarkScale scale, string? typed)
    {
        var text = typed?.Trim().ToLowerInvariant().Replace('ё', 'е').Replace(" ", "", StringComparison.Ordinal);
        if (string.IsNullOrEmpty(text) || text.Length > 20)
        {
            return null;
        }

        switch (text)
        {
            case "н/а" or "на" or "н.а." or "н.а" or "н/a" or "h/a":
                return (NotAssessed, null);
            case "осв" or "осв." or "освобожден":
                return (Exempt, null);
        }

        if (MarkScales.Read(scale, text) is { } onScale)
        {
            return onScale;
        }

        return scale == MarkScale.FivePoint && MarkScales.Read(MarkScale.PassFail, text) is { Value: MarkScales.Pass } pass ? pass : null;
    }
}
