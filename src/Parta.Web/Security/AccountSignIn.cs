using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;

namespace Parta.Web.Security;

/// <summary>
/// The one sign-in rule for pages and the API: rate limit, lockout that really counts failures, blocked
/// accounts refused (blocked as a whole, or by every school they have a role in), every attempt in the login history.
/// </summary>
public sealed class AccountSignIn(
    UserManager<User> users, SignInManager<User> signIn, SignInThrottle throttle, UnknownLoginLockout unknownLogins, LoginHistory history,
    PartaDbContext db)
{
    public enum Outcome
    {
        Succeeded,
        WrongCredentials,
        LockedOut,
        Blocked,
        RateLimited,
    }

    public sealed record Result(Outcome Outcome, User? User)
    {
        public string Message => Outcome switch
        {
            Outcome.WrongCredentials => "Неверный логин или пароль.",
            Outcome.LockedOut => "Слишком много неудачных попыток: вход временно заблокирован. Попробуйте через 5 минут.",
            Outcome.Blocked => "Учётная запись заблокирована. Обратитесь к координатору школы.",
            Outcome.RateLimited => "Слишком много попыток входа. Подождите минуту и попробуйте снова.",
            _ => "",
        };
    }

    public async Task<Result> CheckAsync(string login, string password, string channel, HttpContext context)
    {
        login = login.Trim();
        if (!throttle.TryAcquire(context.Connection.RemoteIpAddress?.ToString(), login))
        {
            return new Result(Outcome.RateLimited, null);
        }

        // A login is a short line of letters and digits; anything else (a NUL, an escape, a megabyte) names no account
        // and is not even looked up (PostgreSQL refuses a NUL in text outright).
        var user = login.Length is 0 or > 256 || login.Any(char.IsControl) ? null : await users.FindByNameAsync(login);
        if (user is null)
        {
            // Answered as a real login would be: wrong, and after as many failures, locked out for as long.
            return new Result(unknownLogins.Fail(login, password) ? Outcome.LockedOut : Outcome.WrongCredentials, null);
        }

        var check = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (!check.Succeeded && LostARace(user))
        {
            // Identity's own save of the account (the failure count reset, a rehashed password) lost a race with another
            // sign-in of the same account in another tab or device: read the account again and check once more.
            user = await users.FindByIdAsync(user.Id.ToString()) ?? user;
            check = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        }

        if (check.Succeeded && (user.IsBlocked || (!user.IsSystemAdministrator && SchoolMembership.ShutOut(await db.SchoolMemberships.IgnoreQueryFilters()
                .AsNoTracking().Where(m => m.UserId == user.Id).Select(m => m.BlockedAt).ToListAsync(context.RequestAborted)))))
        {
            // Told only to someone who knows the password: a school's block is not a way to learn which logins exist.
            await history.RecordAsync(user.Id, LoginOutcome.Blocked, channel, context);
            return new Result(Outcome.Blocked, null);
        }

        if (check.Succeeded)
        {
            await history.RecordAsync(user.Id, LoginOutcome.Succeeded, channel, context);
            return new Result(Outcome.Succeeded, user);
        }

        LostARace(user);
        var outcome = check.IsLockedOut ? Outcome.LockedOut : Outcome.WrongCredentials;
        await history.RecordAsync(user.Id, check.IsLockedOut ? LoginOutcome.LockedOut : LoginOutcome.WrongPassword, channel, context);
        return new Result(outcome, null);
    }

    /// <summary>
    /// Whether the account is still changed but unsaved after Identity's save: that save was refused as stale (another
    /// sign-in of the same account changed it first). The change is dropped, so that the login history's save does not try
    /// it again and fail.
    /// </summary>
    private bool LostARace(User user)
    {
        var entry = db.Entry(user);
        if (entry.State != EntityState.Modified)
        {
            return false;
        }

        entry.State = EntityState.Detached;
        return true;
    }
}
