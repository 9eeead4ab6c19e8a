using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Parta.Access;
using Parta.Data;

namespace Parta.Web.Security;

/// <summary>
/// Keeps cookie sessions in the database (<see cref="UserSession"/>): the cookie holds only the session id.
/// Signing in makes a new session; signing out deletes it, so the old cookie is dead on every node.
/// </summary>
public sealed class DbTicketStore(IServiceScopeFactory scopes, TimeProvider time) : ITicketStore
{
    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PartaDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        var userId = Guid.TryParse(ticket.Principal.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value, out var id) ? id : Guid.Empty;

        await db.UserSessions.Where(s => s.UserId == userId && s.ExpiresAt < now).ExecuteDeleteAsync();
        var session = new UserSession
        {
            UserId = userId,
            Ticket = TicketSerializer.Default.Serialize(ticket),
            CreatedAt = now,
            ExpiresAt = ticket.Properties.ExpiresUtc?.UtcDateTime,
        };
        db.UserSessions.Add(session);
        await db.SaveChangesAsync();
        return session.Id.ToString("N");
    }

    public async Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        if (!Guid.TryParseExact(key, "N", out var id))
        {
            return;
        }

        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PartaDbContext>();
        var bytes = TicketSerializer.Default.Serialize(ticket);
        var expires = ticket.Properties.ExpiresUtc?.UtcDateTime;
        await db.UserSessions.Where(s => s.Id == id)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Ticket, bytes).SetProperty(s => s.ExpiresAt, expires));
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        if (!Guid.TryParseExact(key, "N", out var id))
        {
            return null;
        }

        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PartaDbContext>();
        var session = await db.UserSessions.AsNoTracking()
            .Where(s => s.Id == id)
            .Select(s => new { s.Ticket, s.ExpiresAt })
            .FirstOrDefaultAsync();
        if (session is null || session.ExpiresAt < time.GetUtcNow().UtcDateTime)
        {
            return null;
        }

        return TicketSerializer.Default.Deserialize(session.Ticket);
    }

    public async Task RemoveAsync(string key)
    {
        if (!Guid.TryParseExact(key, "N", out var id))
        {
            return;
        }

        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PartaDbContext>();
        await db.UserSessions.Where(s => s.Id == id).ExecuteDeleteAsync();
    }

    /// <summary>Ends every session of a user: after a password change, a block, a reset.</summary>
    public static Task EndAllSessionsAsync(PartaDbContext db, Guid userId) =>
        db.UserSessions.Where(s => s.UserId == userId).ExecuteDeleteAsync();
}

internal sealed class SessionStoreSetup(DbTicketStore store) : IPostConfigureOptions<CookieAuthenticationOptions>
{
    public void PostConfigure(string? name, CookieAuthenticationOptions options)
    {
        if (name == IdentityConstants.ApplicationScheme)
        {
            options.SessionStore = store;
        }
    }
}
