using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parta.Web.Security;

namespace Parta.Web.Pages.Account;

public sealed class LoginModel(AccountSignIn signIn, SessionIssuer sessions) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Введите логин.")]
    [Display(Name = "Логин")]
    public string Login { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Введите пароль.")]
    [DataType(DataType.Password)]
    [Display(Name = "Пароль")]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.CheckAsync(Login, Password, "web", HttpContext);
        if (result.Outcome != AccountSignIn.Outcome.Succeeded)
        {
            ModelState.AddModelError(string.Empty, result.Message);
            if (result.Outcome == AccountSignIn.Outcome.RateLimited)
            {
                Response.StatusCode = StatusCodes.Status429TooManyRequests;
            }

            return Page();
        }

        await sessions.SignInAsync(HttpContext, result.User!);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
