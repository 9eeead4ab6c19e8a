using System.Globalization;

namespace Parta.Web.Pages.People;

/// <summary>How the people's pages show a card's values.</summary>
public static class PeoplePages
{
    /// <summary>An empty field shown as «—», so that a card's rows stay aligned.</summary>
    public static string OrDash(object? value) => value switch
    {
        null => "—",
        string s when string.IsNullOrWhiteSpace(s) => "—",
        IFormattable f => f.ToString(null, RussianCulture.Instance),
        _ => value.ToString() ?? "—",
    };

    public static string Date(DateOnly? date) => date?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) ?? "";
}
