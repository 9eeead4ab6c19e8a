using System.Text;

namespace Parta.Access;

/// <summary>
/// Logins from Russian names: passport-like transliteration (ж zh, х kh, ц ts, ч ch, ш sh, щ shch, ю yu, я ya),
/// lowercase. «й» becomes «y» (Сергей → sergey, as people usually write it themselves), «ё» becomes «e»,
/// «ъ» and «ь» are dropped. A hyphen of a double surname is kept; other characters are dropped.
/// </summary>
public static class LoginTransliteration
{
    /// <summary>A surname alone shorter than this gets the initials added (Ли Анна Сергеевна → lias).</summary>
    public const int ShortSurname = 3;

    private static readonly Dictionary<char, string> Letters = new()
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['е'] = "e", ['ё'] = "e", ['ж'] = "zh",
        ['з'] = "z", ['и'] = "i", ['й'] = "y", ['к'] = "k", ['л'] = "l", ['м'] = "m", ['н'] = "n", ['о'] = "o",
        ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ф'] = "f", ['х'] = "kh", ['ц'] = "ts",
        ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "shch", ['ъ'] = "", ['ы'] = "y", ['ь'] = "", ['э'] = "e", ['ю'] = "yu",
        ['я'] = "ya",
    };

    /// <summary>The text in lowercase Latin letters, digits and hyphens.</summary>
    public static string Transliterate(string text)
    {
        var result = new StringBuilder(text.Length * 2);
        foreach (var c in text.Trim())
        {
            var lower = char.ToLowerInvariant(c);
            if (Letters.TryGetValue(lower, out var latin))
            {
                result.Append(latin);
            }
            else if (lower is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                result.Append(lower);
            }
            else if (lower is '-' or ' ' && result.Length > 0 && result[^1] != '-')
            {
                result.Append('-');
            }
        }

        return result.ToString().Trim('-');
    }

    /// <summary>The login a person would get if nobody had it: the surname, with the initials when it is very short.</summary>
    public static string BaseLogin(string lastName, string firstName, string? middleName)
    {
        var login = Transliterate(lastName);
        if (login.Length < ShortSurname)
        {
            login += Initial(firstName) + Initial(middleName);
        }

        return login.Length == 0 ? "user" : login;
    }

    /// <summary>The base login, or the first of base2, base3 … that is not taken.</summary>
    public static string Unique(string baseLogin, Func<string, bool> isTaken)
    {
        if (!isTaken(baseLogin))
        {
            return baseLogin;
        }

        for (var n = 2; ; n++)
        {
            var candidate = baseLogin + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!isTaken(candidate))
            {
                return candidate;
            }
        }
    }

    private static string Initial(string? name)
    {
        var latin = string.IsNullOrWhiteSpace(name) ? "" : Transliterate(name.Trim()[..1]);
        return latin.Length == 0 ? "" : latin[..1];
    }
}
