using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Web.Hosting;
using Parta.Web.Security;

namespace Parta.Web.Pages.Account;

/// <summary>
/// First run: the console prints a one-time link; whoever opens it creates the first system administrator.
/// The link works once, and only while no account exists.
/// </summary>
public sealed class SetupModel(PartaDbContext db, UserManager<User> users, SessionIssuer sessions, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Введите логин.")]
    [Display(Name = "Логин администратора")]
    public string Login { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Введите фамилию.")]
    [Display(Name = "Фамилия")]
    public string LastName { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Введите имя.")]
    [Display(Name = "Имя")]
    public string FirstName { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Введите пароль.")]
    [DataType(DataType.Password)]
    [Display(Name = "Пароль")]
    public string Password { get; set; } = "";

    [BindProperty]
    [DataType(DataType.Password)]
    [Compare(nameof(Password), ErrorMessage = "Пароли не совпадают.")]
    [Display(Name = "Пароль ещё раз")]
    public string ConfirmPassword { get; set; } = "";

    public async Task<IActionResult> OnGetAsync() => await TokenIsValidAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await TokenIsValidAsync())
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = new User
        {
            UserName = Login.Trim(),
            LastName = LastName.Trim(),
            FirstName = FirstName.Trim(),
            IsSystemAdministrator = true,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        var result = await users.CreateAsync(user, Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code.Contains("Password", StringComparison.Ordinal) ? nameof(Password) : nameof(Login), error.Description);
            }

            return Page();
        }

        await db.PurgeAsync(db.SystemSettings.Where(s => s.Key == SystemSetting.SetupTokenHash));
        await sessions.SignInAsync(HttpContext, user);
        return Redirect("/Admin/Schools");
    }

    private async Task<bool> TokenIsValidAsync()
    {
        if (string.IsNullOrEmpty(Token) || await db.Users.AnyAsync())
        {
            return false;
        }

        var stored = await db.SystemSettings.AsNoTracking()
            .Where(s => s.Key == SystemSetting.SetupTokenHash).Select(s => s.Value).FirstOrDefaultAsync();
        return stored is not null && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(stored), Encoding.ASCII.GetBytes(DatabaseStartup.Hash(Token)));
    }
}
