using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parta.Access;
using Parta.Web.Security;

namespace Parta.Web.Pages.Account;

/// <summary>A user of several schools (a parent with children in two, a teacher working in two) picks where to work.</summary>
public sealed class SelectSchoolModel(SignedInUser me, UserManager<User> users, SessionIssuer sessions) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IReadOnlyList<SchoolChoice> Schools => me.Schools;

    public Guid? CurrentSchoolId => me.CurrentSchool?.SchoolId;

    public bool IsSystemAdministrator => me.IsSystemAdministrator;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(Guid schoolId)
    {
        if (me.Schools.All(s => s.SchoolId != schoolId))
        {
            return NotFound();
        }

        var user = await users.FindByIdAsync(me.Id.ToString());
        if (user is null)
        {
            return NotFound();
        }

        await sessions.SignInAsync(HttpContext, user, schoolId);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
