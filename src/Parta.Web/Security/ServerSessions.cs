using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;

namespace Parta.Web.Security;

/// <summary>
/// Server-side sessions for the cookie: each sign-in makes a new <see cref="UserSession"/> row whose id travels in the
/// cookie as a claim; each request checks the row (by key, in the query that loads the account:
/// <see cref="SignedInUser.LoadAsync"/>); sign-out deletes it. A fresh id at every sign-in
/// means a cookie planted before sign-in is never promoted to the new session. API bearer tokens carry a session of
/// their own (as long as the token lives), checked the same way, so ending a user's sessions ends their tokens too.
/// </summary>
public static class ServerSessions
{
    public const string SessionClaim = "parta:sid";

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    public static async Task<Guid> StartAsync(PartaDbContext db, Guid userId, TimeProvider time, TimeSpan? lifetime = null)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await db.PurgeAsync(db.UserSessions.Where(s => s.UserId == userId && s.ExpiresAt < now));
        var session = new UserSession { UserId = userId, CreatedAt = now, ExpiresAt = now + (lifetime ?? Lifetime) };
        db.UserSessions.Add(session);
        await db.SaveChangesAsync();
        return session.Id;
    }

    /// <summary>Ends every session of a user: after a password change, a block, a reset.</summary>
    public static Task EndAllAsync(PartaDbContext db, Guid userId) =>
        db.PurgeAsync(db.UserSessions.Where(s => s.UserId == userId));

    public static void Attach(CookieAuthenticationEvents events)
    {
        // Whether the session is alive is checked by CurrentUserMiddleware, in the same query that loads the account.
        events.OnValidatePrincipal = context =>
        {
            if (SessionId(context.Principal) is null)
            {
                context.RejectPrincipal();
            }

            return Task.CompletedTask;
        };
        events.OnSigningOut = async context =>
        {
            if (SessionId(context.HttpContext.User) is { } id)
            {
                var db = context.HttpContext.RequestServices.GetRequiredService<PartaDbContext>();
                await db.PurgeAsync(db.UserSessions.Where(s => s.Id == id));
            }
        };
    }

    public static Guid? SessionId(ClaimsPrincipal? principal) =>
        Guid.TryParse(principal?.FindFirstValue(SessionClaim), out var id) ? id : null;
}
