namespace Parta.Common;

/// <summary>
/// One page of a list and how many there are in all. Lists of people are filtered and ordered on the server (in
/// Russian collation), and only the page asked for is sent; a page number out of range shows the nearest page.
/// </summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

public static class Paged
{
    public const int DefaultSize = 50;

    /// <summary>The page <paramref name="page"/> of the whole ordered list (clamped to the pages there are).</summary>
    public static Paged<T> Of<T>(IReadOnlyList<T> all, int page, int pageSize = DefaultSize)
    {
        var pages = Math.Max(1, (all.Count + pageSize - 1) / pageSize);
        var current = Math.Clamp(page, 1, pages);
        return new Paged<T>(all.Skip((current - 1) * pageSize).Take(pageSize).ToList(), all.Count, current, pageSize);
    }
}
