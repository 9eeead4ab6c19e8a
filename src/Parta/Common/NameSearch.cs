namespace Parta.Common;

/// <summary>How every list of people is searched by name.</summary>
public static class NameSearch
{
    /// <summary>The form in which names are compared by a search: upper case, «Ё» as «Е».</summary>
    public static string Fold(string text) => text.ToUpperInvariant().Replace('Ё', 'Е');

    /// <summary>Every word of the query is in the name (so «анна кузн» finds «Кузнецова Анна Дмитриевна»).</summary>
    public static bool Matches(string fullName, string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return true;
        }

        var name = Fold(fullName);
        return Words(query).All(word => name.Contains(word, StringComparison.Ordinal));
    }

    /// <summary>
    /// How well a found name answers the query, best first: 0 when the surname begins with the query's first word
    /// («Романов» finds Романов and Романова first), 1 when the first name does, 2 for a match elsewhere (a patronymic
    /// «Романович»). Lists order by this, then alphabetically.
    /// </summary>
    public static int Rank(string fullName, string? query)
    {
        var first = string.IsNullOrWhiteSpace(query) ? null : Words(query).FirstOrDefault();
        if (first is null)
        {
            return 0;
        }

        var parts = Fold(fullName).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 0 && parts[0].StartsWith(first, StringComparison.Ordinal) ? 0
            : parts.Length > 1 && parts[1].StartsWith(first, StringComparison.Ordinal) ? 1
            : 2;
    }

    /// <summary>Found names in the order of <see cref="Rank"/>, then in Russian alphabetical order.</summary>
    public static IEnumerable<T> Search<T>(IEnumerable<T> rows, Func<T, string> fullName, string? query) =>
        rows.Where(r => Matches(fullName(r), query))
            .OrderBy(r => Rank(fullName(r), query))
            .ThenBy(fullName, RussianCulture.Collation);

    private static string[] Words(string query) =>
        Fold(query).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
