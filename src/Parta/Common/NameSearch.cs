namespace Parta.Common;

/// <summary>How people are found by name: «ё» found by «е», case ignored, every word of the query in the name.</summary>
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
        return Fold(query).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .All(word => name.Contains(word, StringComparison.Ordinal));
    }
}
