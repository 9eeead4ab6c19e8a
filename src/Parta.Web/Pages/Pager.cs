namespace Parta.Web.Pages;

/// <summary>The page links under a paged list: <c>&lt;partial name="_Pager" model="new Pager(...)" /&gt;</c>.</summary>
/// <param name="Link">The address of a page of the same list, with its filters.</param>
public sealed record Pager(int Page, int Pages, Func<int, string> Link)
{
    /// <summary>The pages to offer: the first, the last, and two either side of the current one.</summary>
    public IEnumerable<int> Shown() =>
        Enumerable.Range(1, Pages).Where(p => p == 1 || p == Pages || Math.Abs(p - Page) <= 2);
}
