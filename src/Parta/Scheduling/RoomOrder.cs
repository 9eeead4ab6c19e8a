namespace Parta.Scheduling;

/// <summary>
/// Rooms as a school lists them: numbered rooms first, by their number (2 before 10, «214а» after «214»), then named ones
/// by the Russian alphabet.
/// </summary>
public sealed class RoomOrder : IComparer<string>
{
    public static readonly RoomOrder Instance = new();

    public int Compare(string? x, string? y)
    {
        var (nx, rx) = Split(x ?? "");
        var (ny, ry) = Split(y ?? "");
        if (nx is { } a && ny is { } b)
        {
            return a != b ? a.CompareTo(b) : RussianCulture.Collation.Compare(rx, ry);
        }

        if (nx is not null || ny is not null)
        {
            return nx is not null ? -1 : 1;
        }

        return RussianCulture.Collation.Compare(x, y);
    }

    private static (long? Number, string Tail) Split(string name)
    {
        var digits = name.TakeWhile(char.IsAsciiDigit).Count();
        return digits is > 0 and <= 15 ? (long.Parse(name[..digits], System.Globalization.CultureInfo.InvariantCulture), name[digits..]) : (null, name);
    }
}
