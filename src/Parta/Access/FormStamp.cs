using System.Security.Cryptography;
using System.Text;

namespace Parta.Access;

/// <summary>
/// The concurrency token of a form that shows many rows at once (the rights matrix, a staff member's roles): a short hash
/// of what the form showed. A save whose stamp no longer matches what is stored now was made from a stale page.
/// </summary>
public static class FormStamp
{
    /// <summary>The stamp of a set of rows, each given as its text; the order does not matter.</summary>
    public static string Of(IEnumerable<string> rows)
    {
        var text = string.Join('\n', rows.Order(StringComparer.Ordinal));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }

    /// <summary>Whether the stamp a form carried (null: the client does not track it) still matches the rows.</summary>
    public static bool IsStale(string? carried, string current) => carried is not null && !string.Equals(carried, current, StringComparison.Ordinal);
}
