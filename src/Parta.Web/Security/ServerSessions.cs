using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;

namespace Parta.Web.Security;

/// <summary>
/// Server-side sessions for the cookie: each sign-in makes a new <see cref="UserSession"/> row whose id travels in the
/// cookie as a claim; each request checks the row (one lookup by key); sign-out deletes it. A fresh id at every sign-in
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
        events.OnValidatePrincipal = async context =>
        {
            if (SessionId(context.Principal) is not { } id)
            {
                context.RejectPrincipal();
                return;
            }

            if (!await IsAliveAsync(context.HttpContext, id))
            {
                context.RejectPrincipal();
            }
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

    /// <summary>Whether the session the principal carries is still alive (a bearer token's, after authentication).</summary>
    public static async Task<bool> IsAliveAsync(HttpContext context, ClaimsPrincipal principal) =>
        SessionId(principal) is { } id && await IsAliveAsync(context, id);

    private static async Task<bool> IsAliveAsync(HttpContext context, Guid id)
    {
        var services = context.RequestServices;
        var db = services.GetRequiredService<PartaDbContext>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        return await db.UserSessions.AsNoTracking().AnyAsync(s => s.Id == id && s.ExpiresAt > now);
    }

    private static Guid? SessionId(ClaimsPrincipal? principal) =>
        Guid.TryParse(principal?.FindFirstValue(SessionClaim), out var id) ? id : null;
}
