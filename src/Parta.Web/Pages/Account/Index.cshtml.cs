using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Web.Security;

namespace Parta.Web.Pages.Account;

/// <summary>
/// The user's own account: who they are, their schools and roles, the login history; joining another school of the
/// deployment with a join code from that school (<see cref="JoinCode"/>).
/// </summary>
public sealed class IndexModel(PartaDbContext db, SignedInUser me, JoinSchool join, SignInThrottle throttle) : PageModel
{
    [BindProperty, Display(Name = "Код присоединения")]
    public string? Code { get; set; }

    public sealed record LoginRow(DateTime At, LoginOutcome Outcome, string Channel, string? IpAddress, string? UserAgent);

    public SignedInUser Me => me;

    public IReadOnlyList<LoginRow> Logins { get; private set; } = [];

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostJoinAsync(CancellationToken ct)
    {
        if (!throttle.TryAcquire(HttpContext.Connection.RemoteIpAddress?.ToString(), "join:" + me.Login))
        {
            ModelState.AddModelError(nameof(Code), "Слишком много попыток. Подождите минуту и попробуйте снова.");
        }
        else if (ModelState.IsValid)
        {
            var result = await join.HandleAsync(new JoinSchool.Request(Code), ct);
            if (result.Succeeded)
            {
                var joined = result.Value;
                this.Tell($"Вы присоединились к школе «{joined.SchoolName}» ({joined.Role.Title().ToLower(RussianCulture.Instance)}). Перейти в неё можно через «Сменить школу».");
                return Redirect("/Account");
            }

            if (this.Refused(result) is { } status)
            {
                return status;
            }
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Logins = await db.LoginEvents.AsNoTracking()
            .Where(e => e.UserId == me.Id)
            .OrderByDescending(e => e.At)
            .Take(50)
            .Select(e => new LoginRow(e.At, e.Outcome, e.Channel, e.IpAddress, e.UserAgent))
            .ToListAsync();
    }
}
