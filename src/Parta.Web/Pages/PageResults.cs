using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Parta.Web.Pages;

/// <summary>A form that carries its record's concurrency token in a hidden field named <c>Version</c>.</summary>
public interface IVersionedForm
{
    uint? Version { get; set; }
}

/// <summary>
/// The one place that turns a use case's refusal into what a page shows: 404 or 403 as the answer (a thing not found
/// that is a form's choice is shown next to its field instead), every other error
/// next to its field (or above the form), in the words of the use case. A stale save also shows, beside each field the
/// user had changed, what is saved now, and takes the new version, so that a second «Сохранить» is a deliberate choice.
/// </summary>
public static class PageResults
{
    /// <returns>The answer for a missing or forbidden thing; <c>null</c> when the errors are in the model state and the
    /// caller shows its form again.</returns>
    /// <param name="prefix">Where the form's fields live in the model state (<c>"Input."</c>), if not on the page itself.</param>
    public static IActionResult? Refused(this PageModel page, IReadOnlyList<Error> errors, string prefix = "")
    {
        if (errors.FirstOrDefault(e => e.Kind is ErrorKind.NotFound && e.Field is null) is not null)
        {
            return page.NotFound();
        }

        if (errors.FirstOrDefault(e => e.Kind is ErrorKind.Forbidden) is not null)
        {
            return page.Forbid();
        }

        foreach (var error in errors)
        {
            page.ModelState.AddModelError(error.Field is { Length: > 0 } field ? prefix + field : "", error.Message);
            if (error is StaleRecord stale)
            {
                ShowCurrent(page, stale, prefix);
            }
        }

        return null;
    }

    /// <inheritdoc cref="Refused(PageModel, IReadOnlyList{Error}, string)"/>
    public static IActionResult? Refused<T>(this PageModel page, Result<T> result, string prefix = "") => page.Refused(result.Errors, prefix);

    /// <summary>
    /// The end of a list-and-form page's POST: done → the message and back to the list (post/redirect/get); a missing or
    /// forbidden thing → 404/403; any other refusal → the page again, its lists read anew by <paramref name="reload"/>,
    /// with the errors beside the fields.
    /// </summary>
    public static async Task<IActionResult> AfterSaveAsync<T>(
        this PageModel page, Result<T> result, Func<T, string> told, string list, Func<Task> reload)
    {
        if (result.Succeeded)
        {
            page.Tell(told(result.Value));
            return new RedirectResult(list);
        }

        if (page.Refused(result) is { } status)
        {
            return status;
        }

        await reload();
        return page.Page();
    }

    /// <summary>A message shown on the page the user lands on next (the layout shows it once).</summary>
    public static void Tell(this PageModel page, string message) => page.TempData["Message"] = message;

    private static void ShowCurrent(PageModel page, StaleRecord stale, string prefix)
    {
        foreach (var (field, current) in stale.Current)
        {
            var key = prefix + field;
            if (!page.ModelState.TryGetValue(key, out var entry))
            {
                continue;
            }

            var typed = (entry.AttemptedValue ?? "").Trim();
            if (string.Equals(Normalise(typed), Normalise(current), StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            page.ModelState.AddModelError(key, Guid.TryParse(current, out _) || current.Length == 0
                ? "Другой пользователь изменил это поле."
                : $"Сейчас сохранено: «{current}».");
        }

        if (page is IVersionedForm form)
        {
            page.ModelState.Remove(prefix + nameof(IVersionedForm.Version));
            form.Version = stale.CurrentVersion;
        }
    }

    /// <summary>Dates and decimals as a form posts them and as the record shows them compare as the same text.</summary>
    private static string Normalise(string value) =>
        DateOnly.TryParse(value, RussianCulture.Instance, out var d) || DateOnly.TryParseExact(value, "yyyy-MM-dd", out d)
            ? RussianDate.Show(d)
            : value.Replace(',', '.');
}
