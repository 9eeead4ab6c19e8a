using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parta.Access;
using Parta.Web.Security;

namespace Parta.Web.Pages.Account;

/// <summary>Sign-out: POST only (with the anti-forgery token); deletes the session on the server.</summary>
public sealed class LogoutModel(SignedInUser me, LoginHistory history) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        if (me.IsLoaded)
        {
            await history.RecordAsync(me.Id, LoginOutcome.SignedOut, "web", HttpContext);
        }

        await HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        return Redirect("/Account/Login");
    }
}
