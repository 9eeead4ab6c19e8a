using System.Globalization;
using System.Text.RegularExpressions;

namespace Parta.Common;

/// <summary>
/// Non-breaking spaces where Russian typography keeps words together, so a narrow screen never leaves «№» at the end of
/// a line and «1» on the next: after «№», between initials and the surname («Иванова А. П.»), and between a number
/// and the letter of a class written apart («5 А»).
/// </summary>
public static partial class RussianTypography
{
    private const char Nbsp = '\u00A0';

    public static string KeepTogether(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        var result = NumberSign().Replace(text, "№" + Nbsp);
        result = BeforeInitial().Replace(result, Nbsp.ToString(CultureInfo.InvariantCulture));
        return NumberAndLetter().Replace(result, "$1" + Nbsp + "$2");
    }

    [GeneratedRegex(@"№\s+", RegexOptions.None, 100)]
    private static partial Regex NumberSign();

    [GeneratedRegex(@"(?<=\S)\s+(?=\p{Lu}\.)", RegexOptions.None, 100)]
    private static partial Regex BeforeInitial();

    [GeneratedRegex(@"(\d)\s+(\p{Lu})(?!\p{L})", RegexOptions.None, 100)]
    private static partial Regex NumberAndLetter();
}
