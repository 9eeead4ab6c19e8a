using System.Security.Cryptography;

namespace Parta.Journal;

/// <summary>
/// The id of a journal cell (a mark: assessment × student; attendance: lesson × student), made from its two keys, so that
/// the cell's row keeps its id when it is cleared and set again and its audit history stays one list.
/// </summary>
public static class CellId
{
    public static Guid For(Guid column, Guid student)
    {
        Span<byte> input = stackalloc byte[32];
        column.TryWriteBytes(input[..16]);
        student.TryWriteBytes(input[16..]);
        return FromKeys(input);
    }

    /// <summary>A version 8 (custom) GUID from the SHA-256 of the keys' bytes (also the id of a final mark, <c>FinalMark.IdFor</c>).</summary>
    public static Guid FromKeys(ReadOnlySpan<byte> keys)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(keys, hash);
        // The version and variant bits are set as RFC 9562 asks.
        hash[7] = (byte)((hash[7] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16]);
    }
}
