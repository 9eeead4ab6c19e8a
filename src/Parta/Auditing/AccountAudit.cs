using Parta.Access;
using Parta.Data;

namespace Parta.Auditing;

/// <summary>
/// Accounts (<see cref="User"/>) are not audited field by field: their row holds password hashes and security stamps.
/// The use cases that change an account on a school's behalf (block, unblock, password reset) write one history row
/// here, into the school's history and the same SaveChanges as the change.
/// </summary>
public static class AccountAudit
{
    public const string Blocked = "IsBlocked";
    public const string Password = "Password";

    public static void Record(PartaDbContext db, CurrentUser by, TimeProvider time, Guid userId, string field, string? oldValue, string? newValue) =>
        db.AuditEntries.Add(new AuditEntry
        {
            SchoolId = by.SchoolId,
            At = time.GetUtcNow().UtcDateTime,
            UserId = by.UserId,
            UserLogin = by.Login ?? "system",
            EntityType = nameof(User),
            EntityId = userId,
            Action = AuditAction.Changed,
            Field = field,
            OldValue = oldValue,
            NewValue = newValue,
            Reason = db.AuditReason,
        });
}
