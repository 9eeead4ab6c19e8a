using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parta.Access;
using Parta.Auditing;
using Parta.Data;
using Parta.Web.Security;

namespace Parta.Web.Pages.Account;

public sealed class ChangePasswordModel(
    UserManager<User> users, SignedInUser me, SessionIssuer sessions, PartaDbContext db, CurrentUser currentUser, TimeProvider time) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Введите текущий пароль.")]
    [DataType(DataType.Password)]
    [Display(Name = "Текущий пароль")]
    public string CurrentPassword { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Введите новый пароль.")]
    [DataType(DataType.Password)]
    [Display(Name = "Новый пароль")]
    public string NewPassword { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Повторите новый пароль.")]
    [DataType(DataType.Password)]
    [Compare(nameof(NewPassword), ErrorMessage = "Пароли не совпадают.")]
    [Display(Name = "Новый пароль ещё раз")]
    public string ConfirmPassword { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool Forced => me.MustChangePassword;

    public bool Changed { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByIdAsync(me.Id.ToString());
        if (user is null)
        {
            return NotFound();
        }

        if (string.Equals(CurrentPassword, NewPassword, StringComparison.Ordinal))
        {
            ModelState.AddModelError(nameof(NewPassword), "Новый пароль должен отличаться от текущего.");
            return Page();
        }

        var result = await users.ChangePasswordAsync(user, CurrentPassword, NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(CurrentPassword) : nameof(NewPassword);
                ModelState.AddModelError(field, error.Description);
            }

            return Page();
        }

        user.MustChangePassword = false;
        AccountAudit.Record(db, currentUser, time, user.Id, AccountAudit.Password, null, "изменён владельцем");
        await users.UpdateAsync(user);

        // Other sessions of this account end with the old password; this one continues as a new session.
        await ServerSessions.EndAllAsync(db, user.Id);
        await sessions.SignInAsync(HttpContext, user, me.CurrentSchool?.SchoolId);
        TempData["Message"] = "Пароль изменён.";
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/Account");
    }
}
