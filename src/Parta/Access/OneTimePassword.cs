using System.Security.Cryptography;

namespace Parta.Access;

/// <summary>
/// A password to print on an access letter: 12 random characters in three groups (e.g. «kd7m-p3xr-9tqa»), with no
/// characters that are easy to misread on paper (0/o, 1/l/i).
/// </summary>
public static class OneTimePassword
{
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyz23456789";

    public static string Generate()
    {
        Span<char> chars = stackalloc char[14];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = i is 4 or 9 ? '-' : Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(chars);
    }
}
