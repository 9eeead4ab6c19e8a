using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Parta.People;
using Parta.Web.Security;

namespace Parta.Web.Pages.People;

/// <summary>The one place that turns a use case's expected failure into what a page shows.</summary>
public static class PeoplePages
{
    /// <summary>The error next to its field (or above the form), the way every form says what went wrong.</summary>
    public static void Add(this ModelStateDictionary modelState, Error error) =>
        modelState.AddModelError(error.Field ?? "", error.Message);

    /// <summary>404 or 403 for the failures that are not about a form field, else <c>null</c>.</summary>
    public static IActionResult? AsStatus(this Error error) => error switch
    {
        NotFound => new NotFoundResult(),
        Forbidden => new ForbidResult(),
        _ => null,
    };

    /// <summary>An empty field shown as «—», so that a card's rows stay aligned.</summary>
    public static string OrDash(object? value) => value switch
    {
        null => "—",
        string s when string.IsNullOrWhiteSpace(s) => "—",
        IFormattable f => f.ToString(null, RussianCulture.Instance),
        _ => value.ToString() ?? "—",
    };

    public static string Date(DateOnly? date) => date?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) ?? "";

    public static string Moment(DateTime utc) => utc.ToString("dd.MM.yyyy HH:mm", RussianCulture.Instance) + " UTC";
}
