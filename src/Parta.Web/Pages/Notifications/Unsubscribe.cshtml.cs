using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parta.Notifications;

namespace Parta.Web.Pages.Notifications;

/// <summary>
/// The unsubscribe link of a letter, without signing in. The GET only shows what will be turned off (mail scanners open
/// links); the button (a POST with the anti-forgery token) turns off that one subscription.
/// </summary>
public sealed class UnsubscribeModel(UnsubscribeNotifications unsubscribe) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public UnsubscribeView? View { get; private set; }

    public bool Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await unsubscribe.ShowAsync(Token, ct);
        if (this.Refused(result) is { } refused)
        {
            return refused;
        }

        View = result.Value;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await unsubscribe.HandleAsync(Token, ct);
        if (this.Refused(result) is { } refused)
        {
            return refused;
        }

        View = result.Value;
        Done = true;
        return Page();
    }
}
