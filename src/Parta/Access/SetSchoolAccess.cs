using Microsoft.EntityFrameworkCore;
using Parta.Auditing;
using Parta.Data;

namespace Parta.Access;

/// <summary>
/// Blocks (or opens again) a person's access to the current school: every role of their login in this school. The login
/// itself stays: the person keeps working in their other schools, and a login left with no open school cannot sign in.
/// The change is one row of the account's history in this school.
/// </summary>
public sealed class SetSchoolAccess(PartaDbContext db, CurrentUser currentUser, TimeProvider time)
{
    public const string BlockReason = "только доступ к этой школе; в других школах учётная запись действует";

    public sealed record Request(Guid UserId, bool Blocked);

    public sealed record AccountNotFound() : NotFound("Учётная запись не найдена в этой школе.");

    public sealed record CannotBlockYourself() : Invalid("Нельзя заблокировать собственную учётную запись.");

    /// <returns>Whether anything changed.</returns>
    public async Task<Result<bool>> HandleAsync(Request request, CancellationToken ct = default)
    {
        if (request.UserId == currentUser.UserId && request.Blocked)
        {
            return new CannotBlockYourself();
        }

        // The tenancy filter keeps the memberships to the current school: only this school's people, only its access.
        var memberships = await db.SchoolMemberships.Where(m => m.UserId == request.UserId).ToListAsync(ct);
        if (memberships.Count == 0 || await db.Users.AnyAsync(u => u.Id == request.UserId && u.IsSystemAdministrator, ct))
        {
            return new AccountNotFound();
        }

        if (memberships.All(m => (m.BlockedAt is not null) == request.Blocked))
        {
            return false;
        }

        var wasBlocked = memberships.Any(m => m.BlockedAt is not null);

        var now = time.GetUtcNow().UtcDateTime;
        foreach (var membership in memberships)
        {
            membership.BlockedAt = request.Blocked ? membership.BlockedAt ?? now : null;
        }

        db.AuditReason = BlockReason;
        AccountAudit.Record(db, currentUser, time, request.UserId, AccountAudit.Blocked, Flag(wasBlocked), Flag(request.Blocked));
        await db.SaveChangesAsync(ct);
        return true;
    }

    private static string Flag(bool value) => value ? "true" : "false";
}
