using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Parta.Auditing;
using Parta.Data;

namespace Parta.Access;

/// <summary>
/// New one-time passwords for the chosen accounts, or for every parent of a class who has an account, with their access
/// letters (the only copy of the new passwords). A school resets only the logins that belong to it alone (see
/// <see cref="SharedLogins"/>), never a system administrator's. All of it is one transaction, saved in batches of
/// <see cref="BatchSize"/> accounts; the sessions and tokens of every account reset end with it.
/// </summary>
public sealed class ResetPasswords(PartaDbContext db, UserManager<User> users, CurrentUser currentUser, TimeProvider time)
{
    public const int BatchSize = 200;

    public sealed record Request(IReadOnlyList<Guid> UserIds, Guid? ParentsOfClassId = null);

    public sealed record NothingToReset() : Invalid("Выберите учётные записи для сброса пароля.");

    /// <summary>A chosen login is used in another school too: the school may not change its password.</summary>
    public sealed record SharedLogin(string Login) : Invalid($"Пароль учётной записи «{Login}» не сброшен. {SharedLogins.WhoMayChangeThePassword}");

    public async Task<Result<IReadOnlyList<AccessLetter>>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var schoolId = currentUser.SchoolId!.Value;
        var chosen = request.UserIds.Distinct().ToList();
        var ofClass = request.ParentsOfClassId is { } classId
            ? await db.Guardianships
                .Where(l => l.Student!.SchoolClassId == classId && l.Guardian!.UserId != null)
                .Select(l => l.Guardian!.UserId!.Value)
                .Distinct()
                .ToListAsync(ct)
            : [];

        // First every account is checked, so that a refusal changes nothing.
        var targets = new List<(Guid Id, SchoolRole Role)>();
        var refusals = new List<Error>();
        var sharedParents = new List<Guid>();
        foreach (var (ids, explicitlyChosen) in new[] { (chosen, true), (ofClass.Except(chosen).ToList(), false) })
        {
            foreach (var batch in ids.Chunk(BatchSize))
            {
                var roles = await db.SchoolMemberships.AsNoTracking()
                    .Where(m => batch.Contains(m.UserId) && !m.User!.IsSystemAdministrator)
                    .GroupBy(m => m.UserId)
                    .Select(g => new { UserId = g.Key, Role = g.Min(m => m.Role) })
                    .ToDictionaryAsync(r => r.UserId, r => r.Role, ct);
                // Only this school's people are looked at: an id of someone else's account tells nothing, not even its login.
                var members = db.SchoolMemberships.Where(m => m.SchoolId == schoolId && batch.Contains(m.UserId)).Select(m => m.UserId).Distinct();
                var shared = await SharedLogins.Among(db, schoolId, members).ToListAsync(ct);
                if (explicitlyChosen && shared.Count > 0)
                {
                    var logins = await db.Users.Where(u => shared.Contains(u.Id)).Select(u => u.UserName!).ToListAsync(ct);
                    refusals.AddRange(logins.Order(StringComparer.Ordinal).Select(l => new SharedLogin(l)));
                }

                // Parents of a class whose login is shared are left out: the page says who may change their password.
                sharedParents.AddRange(explicitlyChosen ? [] : shared);
                targets.AddRange(batch.Where(id => roles.ContainsKey(id) && !shared.Contains(id)).Select(id => (id, roles[id])));
            }
        }

        if (refusals.Count > 0)
        {
            return Result.Fail<IReadOnlyList<AccessLetter>>(refusals);
        }

        if (targets.Count == 0)
        {
            return sharedParents.Count > 0 ? new SharedLogin(await LoginAsync(sharedParents[0], ct)) : new NothingToReset();
        }

        // Hashing is slow on purpose (PBKDF2, tens of milliseconds an account): it is done before the transaction, so the
        // database is not held for it (SQLite would keep every other writer of the deployment waiting meanwhile).
        var secrets = new Dictionary<Guid, (string Password, string Hash)>();
        foreach (var batch in targets.Chunk(BatchSize))
        {
            var ids = batch.Select(t => t.Id).ToList();
            foreach (var user in await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToListAsync(ct))
            {
                var password = OneTimePassword.Generate();
                secrets[user.Id] = (password, users.PasswordHasher.HashPassword(user, password));
            }
        }

        var letters = new List<AccessLetter>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var batch in targets.Chunk(BatchSize))
        {
            var ids = batch.Select(t => t.Id).ToList();
            var roles = batch.ToDictionary(t => t.Id, t => t.Role);
            var accounts = await db.Users.Where(u => ids.Contains(u.Id)).ToListAsync(ct);
            foreach (var user in accounts)
            {
                var (password, hash) = secrets[user.Id];
                user.PasswordHash = hash;
                user.SecurityStamp = Guid.NewGuid().ToString();
                user.ConcurrencyStamp = Guid.NewGuid().ToString();
                user.MustChangePassword = true;
                AccountAudit.Record(db, currentUser, time, user.Id, AccountAudit.Password, null, "сброшен, выдан одноразовый");
                letters.Add(new AccessLetter(user.Id, user.FullName, roles[user.Id].Title(), user.UserName!, password));
            }

            await db.SaveChangesAsync(ct);

            // A new password ends whatever sessions and tokens the account had.
            await db.PurgeAsync(db.UserSessions.Where(s => ids.Contains(s.UserId)), ct);
            db.ChangeTracker.Clear();
        }

        await transaction.CommitAsync(ct);
        return Result.Ok<IReadOnlyList<AccessLetter>>(letters.OrderBy(l => l.FullName, RussianCulture.Collation).ToList());
    }

    private Task<string> LoginAsync(Guid userId, CancellationToken ct) =>
        db.Users.Where(u => u.Id == userId).Select(u => u.UserName!).FirstAsync(ct);
}
