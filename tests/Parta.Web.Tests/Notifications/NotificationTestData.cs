using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Parta.Notifications;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.Notifications;

/// <summary>Builders for the notification tests: an address for an account, a subscription, a worker of the test's own.</summary>
internal static class NotificationTestData
{
    public static async Task<string> GiveEmailAsync(this PartaAppFactory app, TestUser user)
    {
        var email = $"u{Guid.NewGuid():N}@example.test";
        await app.WithDbAsync(null, async db =>
        {
            var row = await db.Users.SingleAsync(u => u.Id == user.Id);
            row.Email = email;
            row.NormalizedEmail = email.ToUpperInvariant();
            await db.SaveChangesAsync();
        });
        return email;
    }

    public static Task<NotificationSubscription> SubscribeAsync(
        this PartaAppFactory app, TestSchool school, TestUser user, Guid studentId, Action<NotificationSubscription> set) =>
        app.WithDbAsync(school.Id, async db =>
        {
            var sub = new NotificationSubscription { SchoolId = school.Id, UserId = user.Id, StudentId = studentId };
            set(sub);
            db.NotificationSubscriptions.Add(sub);
            await db.SaveChangesAsync();
            return sub;
        });

    public static Task<List<OutboxMessage>> OutboxToAsync(this PartaAppFactory app, string email) =>
        app.WithDbAsync(null, db => db.OutboxMessages.AsNoTracking().Where(m => m.To == email).OrderBy(m => m.CreatedAt).ToListAsync());

    /// <summary>A worker of the test's own: its own clock and sender, the app's database.</summary>
    public static OutboxWorker Worker(this PartaAppFactory app, IMailSender sender, FakeTimeProvider clock, MailOptions? options = null)
    {
        options ??= new MailOptions();
        return new OutboxWorker(
            app.Services.GetRequiredService<IServiceScopeFactory>(), options, sender, app.Services.GetRequiredService<NotificationLinks>(),
            clock, NullLogger<OutboxWorker>.Instance);
    }

    public static FakeTimeProvider ClockAfter(this PartaAppFactory app, TimeSpan after) => new(app.Clock.GetUtcNow() + after);

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static SmtpOptions Smtp(int port) => new() { Host = "127.0.0.1", Port = port, From = "Parta <noreply@parta.test>" };
}

/// <summary>A sender that hands the letter to the real one and then fails, as a node dying before «sent» is saved.</summary>
internal sealed class SendsThenCrashes(IMailSender inner) : IMailSender
{
    public bool Crash { get; set; } = true;

    public async Task SendAsync(MimeKit.MimeMessage message, CancellationToken ct)
    {
        await inner.SendAsync(message, ct);
        if (Crash)
        {
            throw new IOException("the node died after the SMTP server accepted the letter");
        }
    }
}
