using Parta.Access;
using Parta.Data;

namespace Parta.Web.Security;

/// <summary>Writes the login history that every user sees on their account page.</summary>
public sealed class LoginHistory(PartaDbContext db, TimeProvider time)
{
    public async Task RecordAsync(Guid userId, LoginOutcome outcome, string channel, HttpContext context)
    {
        var agent = context.Request.Headers.UserAgent.ToString();
        db.LoginEvents.Add(new LoginEvent
        {
            UserId = userId,
            At = time.GetUtcNow().UtcDateTime,
            Outcome = outcome,
            Channel = channel,
            IpAddress = context.Connection.RemoteIpAddress?.ToString(),
            UserAgent = agent.Length > 300 ? agent[..300] : agent,
        });
        await db.SaveChangesAsync();
    }
}
