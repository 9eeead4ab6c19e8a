using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.People;

namespace Parta.Access;

/// <summary>
/// The system administrator gives a school its coordinator: a staff card, an account with a one-time password and the
/// coordinator's role. From there the coordinator brings in everyone else (import, accounts, rights).
/// </summary>
public sealed class AppointCoordinator(PartaDbContext db, UserManager<User> users, CurrentUser currentUser, TimeProvider time)
{
    public sealed record Request(Guid SchoolId, string LastName, string FirstName, string? MiddleName, string? Position);

    public sealed record Appointed(string FullName, string Login, string Password);

    public async Task<(Appointed? Result, string? Error)> ExecuteAsync(Request request, CancellationToken ct = default)
    {
        if (!await db.Schools.AnyAsync(s => s.Id == request.SchoolId, ct))
        {
            return (null, "Школа не найдена.");
        }

        var (last, first, middle) = (request.LastName.Trim(), request.FirstName.Trim(), string.IsNullOrWhiteSpace(request.MiddleName) ? null : request.MiddleName.Trim());
        var baseLogin = LoginTransliteration.BaseLogin(last, first, middle);
        var taken = (await db.Users.AsNoTracking().Where(u => u.UserName!.StartsWith(baseLogin)).Select(u => u.UserName!).ToListAsync(ct))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var password = OneTimePassword.Generate();
        var user = new User
        {
            UserName = LoginTransliteration.Unique(baseLogin, taken.Contains),
            LastName = last,
            FirstName = first,
            MiddleName = middle,
            MustChangePassword = true,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return (null, string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        // The system administrator acts from outside the school: this is the one write they make into it.
        using var into = currentUser.AllowWritesTo(request.SchoolId);
        db.StaffMembers.Add(new StaffMember
        {
            SchoolId = request.SchoolId, LastName = last, FirstName = first, MiddleName = middle, UserId = user.Id,
            Positions = string.IsNullOrWhiteSpace(request.Position) ? "координатор" : request.Position.Trim(),
        });
        db.SchoolMemberships.Add(new SchoolMembership { SchoolId = request.SchoolId, UserId = user.Id, Role = SchoolRole.Coordinator });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (new Appointed(user.FullName, user.UserName, password), null);
    }
}
