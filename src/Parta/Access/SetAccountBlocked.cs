using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Parta.Auditing;
using Parta.Data;
using Parta.People;

namespace Parta.Access;

/// <summary>Blocks an account (it cannot sign in, its sessions end) or unblocks it.</summary>
public sealed record SetAccountBlocked(Guid UserId, bool Blocked);

public sealed record CannotBlockYourself() : PeopleError("Нельзя заблокировать собственную учётную запись.");

public sealed class SetAccountBlockedHandler(PartaDbContext db, UserManager<User> users, CurrentUser currentUser, TimeProvider time)
{
    public async Task<Outcome<Guid>> HandleAsync(SetAccountBlocked request, CancellationToken ct = default)
    {
        if (request.UserId == currentUser.UserId)
        {
            return new CannotBlockYourself();
        }

        // Only the accounts of this school's people (the tenancy filter keeps memberships to the current school).
        var isMember = await db.SchoolMemberships.AnyAsync(m => m.UserId == request.UserId, ct);
        var user = isMember ? await db.Users.FirstOrDefaultAsync(u => u.Id == request.UserId && !u.IsSystemAdministrator, ct) : null;
        if (user is null)
        {
            return new NotFound();
        }

        if (user.IsBlocked != request.Blocked)
        {
            AccountAudit.Record(db, currentUser, time, user.Id, AccountAudit.Blocked, Flag(user.IsBlocked), Flag(request.Blocked));
        }

        user.IsBlocked = request.Blocked;
        await users.UpdateAsync(user);
        if (request.Blocked)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        return user.Id;
    }

    private static string Flag(bool value) => value ? "true" : "false";
}
