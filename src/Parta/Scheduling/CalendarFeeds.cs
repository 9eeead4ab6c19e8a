using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Parta.Scheduling;

/// <summary>
/// The secret of a calendar feed: 32 random bytes written base64url (43 characters) go into the address once; only
/// their SHA-256 hash is kept (<see cref="CalendarFeed.TokenHash"/>), so the database alone never yields an address.
/// </summary>
public static class CalendarFeedTokens
{
    public const int Length = 43;

    public static string NewToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)));

    /// <summary>Whether the text can be a token at all (anything else is not looked up).</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: Length } && token.All(c => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_');

    /// <summary>The feed's address path: <c>/calendar/{token}.ics</c>.</summary>
    public static string PathOf(string token) => $"/calendar/{token}.ics";
}
