using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Web.Security;

/// <summary>Whether the deployment holds demo data (a school made by the demo preset): every page shows a banner then.</summary>
public sealed class DemoMode(IServiceScopeFactory scopes, TimeProvider time)
{
    private (bool Value, DateTimeOffset At)? _cached;

    public async Task<bool> IsOnAsync()
    {
        var now = time.GetUtcNow();
        if (_cached is { } c && now - c.At < TimeSpan.FromSeconds(30))
        {
            return c.Value;
        }

        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PartaDbContext>();
        var value = await db.Schools.AnyAsync(s => s.IsDemo);
        _cached = (value, now);
        return value;
    }
}
