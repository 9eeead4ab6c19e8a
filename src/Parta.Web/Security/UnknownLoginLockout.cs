using System.Collections.Concurrent;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Parta.Access;

namespace Parta.Web.Security;

/// <summary>
/// Sign-in answers a login that does not exist exactly as it answers a real one: the same failures lock it out for the
/// same time as ASP.NET Identity locks a real account (<see cref="LockoutOptions"/>: 5 failures, 5 minutes), and a
/// password is checked against a hash either way, so neither the answer nor its time tells which logins exist.
/// The counts of made-up logins live in this node's memory (bounded); real accounts' lockout stays in the database.
/// </summary>
public sealed class UnknownLoginLockout(IOptions<IdentityOptions> identity, TimeProvider time)
{
    private readonly PasswordHasher<User> _hasher = new();

    private const int MaxTracked = 50_000;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    private static readonly User Dummy = new() { UserName = "-", LastName = "-", FirstName = "-" };

    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<User>().HashPassword(Dummy, Guid.NewGuid().ToString()));

    private sealed record Entry(int Failures, DateTimeOffset? LockedUntil);

    /// <returns>True when the made-up login is (now) locked out, as a real account would be.</returns>
    public bool Fail(string login, string password)
    {
        // The same work as checking a real account's password.
        _hasher.VerifyHashedPassword(Dummy, DummyHash.Value, password);
        var now = time.GetUtcNow();
        var lockout = identity.Value.Lockout;
        Forget(now);
        var entry = _entries.AddOrUpdate(
            Key(login),
            _ => Next(new Entry(0, null)),
            (_, old) => old.LockedUntil > now ? old : Next(old with { LockedUntil = null }));
        return entry.LockedUntil > now;

        Entry Next(Entry old) => old.Failures + 1 >= lockout.MaxFailedAccessAttempts
            ? new Entry(0, now + lockout.DefaultLockoutTimeSpan)
            : old with { Failures = old.Failures + 1 };
    }

    private static string Key(string login) => login.Trim().ToUpperInvariant();

    /// <summary>Keeps the table bounded: when it is full, the entries not locked any more go.</summary>
    private void Forget(DateTimeOffset now)
    {
        if (_entries.Count < MaxTracked)
        {
            return;
        }

        foreach (var (key, entry) in _entries)
        {
            if (entry.LockedUntil is null || entry.LockedUntil <= now)
            {
                _entries.TryRemove(key, out _);
            }
        }
    }
}
