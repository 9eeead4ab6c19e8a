using System.Globalization;

namespace Parta.Organisation;

/// <summary>
/// The one order of classes and groups on every page, list, file and answer: by grade as a number (2А before 10А), then
/// by letter in Russian order, then a group right after its class («10Б», «10Б англ. 1», «10Б англ. 2», «11А»); names
/// that are not a class's (a group of several classes, «Кружок шахмат») come after all classes, alphabetically.
/// </summary>
public sealed class ClassOrder : IComparer<string?>
{
    public static readonly ClassOrder Instance = new();

    private ClassOrder()
    {
    }

    public int Compare(string? x, string? y)
    {
        var (a, b) = (Parse(x ?? ""), Parse(y ?? ""));
        var byGrade = a.Grade.CompareTo(b.Grade);
        if (byGrade != 0)
        {
            return byGrade;
        }

        var byLetter = RussianCulture.Collation.Compare(a.Letter, b.Letter);
        return byLetter != 0 ? byLetter : RussianCulture.Collation.Compare(a.Tail, b.Tail);
    }

    /// <summary>Classes ordered by grade and letter (for read models that carry the two columns).</summary>
    public static IOrderedEnumerable<T> Sort<T>(IEnumerable<T> items, Func<T, int> grade, Func<T, string> letter) =>
        items.OrderBy(i => SchoolClass.NameOf(grade(i), letter(i)), Instance);

    /// <summary>«10Б англ. 2» → (10, «Б», «англ. 2»); a name without a leading grade sorts after every class.</summary>
    private static (int Grade, string Letter, string Tail) Parse(string name)
    {
        var text = name.Trim();
        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        if (digits is 0 or > 2)
        {
            return (int.MaxValue, "", text);
        }

        var grade = int.Parse(text.AsSpan(0, digits), CultureInfo.InvariantCulture);
        var end = digits;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return (grade, text[digits..end].Trim('-', ' '), text[end..].Trim());
    }
}
