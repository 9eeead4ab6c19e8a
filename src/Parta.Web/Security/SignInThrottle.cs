using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Parta.Web.Hosting;

namespace Parta.Web.Security;

/// <summary>
/// Rate limits sign-in attempts per client address and per login (pages and the token endpoint alike).
/// Account lockout (5 failures → 5 minutes, kept in the database) is the durable guard; this slows spraying.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _perIp;
    private readonly PartitionedRateLimiter<string> _perLogin;

    public SignInThrottle(IOptions<PartaOptions> options)
    {
        var limits = options.Value.SignIn;
        _perIp = Create(limits.PerIpPerMinute);
        _perLogin = Create(limits.PerLoginPerMinute);
    }

    /// <returns><c>false</c> when the attempt must be refused (HTTP 429 / a message on the page).</returns>
    public bool TryAcquire(string? ipAddress, string login)
    {
        using var ipLease = _perIp.AttemptAcquire(ipAddress ?? "unknown");
        if (!ipLease.IsAcquired)
        {
            return false;
        }

        using var loginLease = _perLogin.AttemptAcquire(login.Trim().ToUpperInvariant());
        return loginLease.IsAcquired;
    }

    public void Dispose()
    {
        _perIp.Dispose();
        _perLogin.Dispose();
    }

    private static PartitionedRateLimiter<string> Create(int perMinute) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ =>
            new FixedWindowRateLimiterOptions
            {
                PermitLimit = Math.Max(1, perMinute),
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
}
