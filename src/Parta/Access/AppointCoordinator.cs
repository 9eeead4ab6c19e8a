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
    /// <param name="Position">The coordinator's position on the staff card; none: «координатор».</param>
    public sealed record Request(Guid SchoolId, string? LastName, string? FirstName, string? MiddleName, string? Position);

    /// <summary>Who was appointed, with the login and the one-time password to hand over (shown once).</summary>
    public sealed record Appointed(string FullName, string Login, string Password);

    public sealed record SchoolNotFound() : NotFound("Школа не найдена.");

    /// <summary>The account could not be made (the identity system's own words).</summary>
    public sealed record AccountRefused(string Reason) : Invalid(Reason);

    public async Task<Result<Appointed>> HandleAsync(Request request, CancellationToken ct = default)
    {
        if (!await db.Schools.AnyAsync(s => s.Id == request.SchoolId, ct))
        {
            return new SchoolNotFound();
        }

        var checks = new Checks();
        var last = checks.Required(request.LastName, nameof(Request.LastName), "Фамилия", 100);
        var first = checks.Required(request.FirstName, nameof(Request.FirstName), "Имя", 100);
        var middle = checks.Text(request.MiddleName, nameof(Request.MiddleName), "Отчество", 100);
        var position = checks.Text(request.Position, nameof(Request.Position), "Должность", 300) ?? "координатор";
        if (checks.Failed)
        {
            return checks.Refusal<Appointed>();
        }

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
            return new AccountRefused(string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        // The system administrator acts from outside the school: this is the one write they make into it.
        using var into = currentUser.AllowWritesTo(request.SchoolId);
        db.StaffMembers.Add(new StaffMember
        {
            SchoolId = request.SchoolId, LastName = last, FirstName = first, MiddleName = middle, UserId = user.Id, Positions = position,
        });
        db.SchoolMemberships.Add(new SchoolMembership { SchoolId = request.SchoolId, UserId = user.Id, Role = SchoolRole.Coordinator });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new Appointed(user.FullName, user.UserName, password);
    }
}
