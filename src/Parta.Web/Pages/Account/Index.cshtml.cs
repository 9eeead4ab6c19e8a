using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Web.Security;

namespace Parta.Web.Pages.Account;

/// <summary>The user's own account: who they are, their schools and roles, the login history.</summary>
public sealed class IndexModel(PartaDbContext db, SignedInUser me) : PageModel
{
    public sealed record LoginRow(DateTime At, LoginOutcome Outcome, string Channel, string? IpAddress, string? UserAgent);

    public SignedInUser Me => me;

    public IReadOnlyList<LoginRow> Logins { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Logins = await db.LoginEvents.AsNoTracking()
            .Where(e => e.UserId == me.Id)
            .OrderByDescending(e => e.At)
            .Take(50)
            .Select(e => new LoginRow(e.At, e.Outcome, e.Channel, e.IpAddress, e.UserAgent))
            .ToListAsync();
    }
}
