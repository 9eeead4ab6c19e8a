using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Parta.Auditing;
using Parta.Data;
using Parta.People;

namespace Parta.Access;

/// <summary>New one-time passwords for the chosen accounts, or for every parent of a class who has an account.</summary>
public sealed record ResetPasswords(IReadOnlyList<Guid> UserIds, Guid? ParentsOfClassId = null);

public sealed record NothingToReset() : PeopleError("Выберите учётные записи для сброса пароля.");

/// <summary>
/// Only accounts of the current school's people can be reset, and never a system administrator's. The caller ends the
/// accounts' sessions; the returned letters are the only copy of the new passwords.
/// </summary>
public sealed class ResetPasswordsHandler(PartaDbContext db, UserManager<User> users, CurrentUser currentUser, TimeProvider time)
{
    public async Task<Outcome<IReadOnlyList<AccessLetter>>> HandleAsync(ResetPasswords request, CancellationToken ct = default)
    {
        var ids = request.UserIds.ToHashSet();
        if (request.ParentsOfClassId is { } classId)
        {
            var parents = await db.Guardianships
                .Where(l => l.Student!.SchoolClassId == classId && l.Guardian!.UserId != null)
                .Select(l => l.Guardian!.UserId!.Value)
                .ToListAsync(ct);
            ids.UnionWith(parents);
        }

        var members = await db.SchoolMemberships.AsNoTracking()
            .Where(m => ids.Contains(m.UserId))
            .Select(m => new { m.UserId, m.Role })
            .ToListAsync(ct);
        var accounts = await db.Users
            .Where(u => ids.Contains(u.Id) && !u.IsSystemAdministrator)
            .ToListAsync(ct);
        accounts = accounts.Where(u => members.Any(m => m.UserId == u.Id)).ToList();
        if (accounts.Count == 0)
        {
            return new NothingToReset();
        }

        var letters = new List<AccessLetter>();
        foreach (var user in accounts.OrderBy(u => u.FullName, RussianCulture.Collation))
        {
            var password = OneTimePassword.Generate();
            await users.RemovePasswordAsync(user);
            var result = await users.AddPasswordAsync(user, password);
            if (!result.Succeeded)
            {
                return new AccountNotCreated(user.FullName, string.Join(" ", result.Errors.Select(e => e.Description)));
            }

            user.MustChangePassword = true;
            AccountAudit.Record(db, currentUser, time, user.Id, AccountAudit.Password, null, "сброшен, выдан одноразовый");
            await users.UpdateAsync(user);
            var role = members.Where(m => m.UserId == user.Id).Select(m => m.Role).Min();
            letters.Add(new AccessLetter(user.Id, user.FullName, role.Title(), user.UserName!, password));
        }

        return letters;
    }
}
