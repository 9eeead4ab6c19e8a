namespace Parta.Common;

/// <summary>
/// Enum values as the API and forms name them: by name only (<c>withdrawal</c>, <c>Withdrawal</c>), never by number
/// («999») or as a list of flags («moving,other»), and only values the enum defines.
/// </summary>
public static class EnumCode
{
    public static bool TryParse<T>(string? text, out T value)
        where T : struct, Enum
    {
        value = default;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > 60 || !char.IsAsciiLetter(trimmed[0]) || !trimmed.All(char.IsAsciiLetterOrDigit))
        {
            return false;
        }

        return Enum.TryParse(trimmed, ignoreCase: true, out value) && Enum.IsDefined(value);
    }

    /// <summary>The camelCase code of a value, as the API writes it.</summary>
    public static string Of<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        return name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
    }

    /// <summary>The codes of every value, for a message that lists them.</summary>
    public static string List<T>()
        where T : struct, Enum => string.Join(", ", Enum.GetValues<T>().Select(Of));
}
