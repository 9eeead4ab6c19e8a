using System.Globalization;
using Parta.Common;

namespace Parta.Web.Pages;

/// <summary>
/// The page links under a paged list: <c>&lt;partial name="_Pager" model="Pager.For(Model.Students, Model.Request)" /&gt;</c>.
/// A link is the address the list was opened with, its filters as they were, and another page number.
/// </summary>
/// <param name="Link">The address of a page of the same list, with its filters.</param>
public sealed record Pager(int Page, int Pages, Func<int, string> Link)
{
    /// <summary>The page number's query parameter. Not «page»: Razor Pages keep the page's own path in the route value of that name.</summary>
    public const string Parameter = "p";

    public static Pager For<T>(Paged<T> list, HttpRequest request) => new(list.Page, list.Pages, page =>
        request.Path + QueryString.Create(request.Query
            .Where(q => q.Key != Parameter)
            .SelectMany(q => q.Value.Select(value => KeyValuePair.Create(q.Key, value)))
            .Append(KeyValuePair.Create(Parameter, (string?)page.ToString(CultureInfo.InvariantCulture)))).ToUriComponent());

    /// <summary>The pages to offer: the first, the last, and two either side of the current one.</summary>
    public IEnumerable<int> Shown() =>
        Enumerable.Range(1, Pages).Where(p => p == 1 || p == Pages || Math.Abs(p - Page) <= 2);
}
