using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Notifications;

/// <summary>
/// Sends the outbox. Every few seconds, on every node: writes the digests that are due, claims a batch of due letters,
/// sends each and marks it sent, one save per letter. A failed attempt is tried again later (exponential backoff with
/// jitter) until <see cref="OutboxWorkerOptions.MaxAttempts"/>, then the letter is left failed.
/// </summary>
/// <remarks>
/// The guarantee is at-least-once with de-duplication by id, not exactly-once: a node that dies after the SMTP server
/// accepted a letter and before «sent» is saved sends it again once its claim has lapsed. The letter then carries the
/// same Message-ID (the row's <see cref="OutboxMessage.MessageId"/>), by which mail servers and clients recognise the
/// repeat; the pickup directory simply overwrites the same file. Two nodes never send the same letter at once: a claim
/// (<see cref="OutboxClaims"/>) is taken atomically and holds for <see cref="OutboxWorkerOptions.LeaseSeconds"/>.
/// </remarks>
public sealed class OutboxWorker(
    IServiceScopeFactory scopes, MailOptions options, IMailSender sender, NotificationLinks links, TimeProvider time, ILogger<OutboxWorker> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Worker.Enabled)
        {
            return;
        }

        var poll = TimeSpan.FromSeconds(Math.Max(1, options.Worker.PollSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may be away for a moment: the next round tries again, nothing is lost.
                log.LogWarning(e, "Outbox round failed");
            }

            try
            {
                // The poll waits on the real clock: a test's frozen clock must not stop the loop (tests call RunOnceAsync).
                await Task.Delay(poll, TimeProvider.System, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One round: the due digests, then one batch of letters. Returns how many letters were sent.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct = default)
    {
        await WriteDueDigestsAsync(ct);
        return await SendBatchAsync(ct);
    }

    private PartaDbContext SystemContext(IServiceScope scope)
    {
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem(null, "mail");
        return scope.ServiceProvider.GetRequiredService<PartaDbContext>();
    }

    private async Task<int> SendBatchAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = SystemContext(scope);
        var claimer = $"{Environment.MachineName[..Math.Min(40, Environment.MachineName.Length)]}/{Environment.ProcessId}/{Guid.NewGuid():N}";
        var now = time.GetUtcNow().UtcDateTime;
        var until = now.AddSeconds(options.Worker.LeaseSeconds);
        var ids = await OutboxClaims.ClaimAsync(db, claimer, now, until, options.Worker.BatchSize, ct);
        if (ids.Count == 0)
        {
            return 0;
        }

        var rows = await db.OutboxMessages.Where(m => ids.Contains(m.Id) && m.ClaimedBy == claimer).OrderBy(m => m.NextAttemptAt).ToListAsync(ct);
        var sent = 0;
        foreach (var row in rows)
        {
            if (time.GetUtcNow().UtcDateTime >= until)
            {
                // The claim ran out (a slow SMTP server): another node may claim the rest now, so this one stops.
                break;
            }

            try
            {
                await sender.SendAsync(OutboxMail.ToMime(row, options.Smtp.From), ct);
                row.SentAt = time.GetUtcNow().UtcDateTime;
                row.Attempts++;
                row.LastError = null;
                row.ClaimedBy = null;
                row.ClaimedUntil = null;
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                var at = time.GetUtcNow().UtcDateTime;
                row.Fail($"{e.GetType().Name}: {e.Message}", at, row.Attempts + 1 >= options.Worker.MaxAttempts ? null : at + Backoff(row.Attempts + 1));
                log.LogWarning("Letter {MessageId} not sent (attempt {Attempt}): {Error}", row.MessageId, row.Attempts, row.LastError);
            }

            // One save per letter: a crash loses at most the «sent» mark of the letter in hand (it is then sent again,
            // with the same Message-ID).
            await db.SaveChangesAsync(ct);
        }

        return sent;
    }

    /// <summary>The delay before attempt <paramref name="attempt"/> + 1: doubling from the base, capped, ±25 % jitter.</summary>
    public TimeSpan Backoff(int attempt)
    {
        var seconds = Math.Min(options.Worker.MaxBackoffSeconds, options.Worker.BackoffSeconds * Math.Pow(2, Math.Max(0, attempt - 1)));
#pragma warning disable CA5394 // Jitter spreads retries of many nodes; it protects nothing.
        var jitter = 0.75 + (Random.Shared.NextDouble() * 0.5);
#pragma warning restore CA5394
        return TimeSpan.FromSeconds(seconds * jitter);
    }

    /// <summary>
    /// For every digest subscription with pending items whose hour has come today (the school's time) and that has not
    /// had today's digest: one letter with all its items, the items marked digested in the same transaction. Two nodes
    /// doing it at once: the subscription's version lets only one save.
    /// </summary>
    private async Task WriteDueDigestsAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = SystemContext(scope);
        var now = time.GetUtcNow().UtcDateTime;
        var candidates = await (
            from s in db.NotificationSubscriptions.IgnoreQueryFilters()
            // Not only digest subscriptions: items left when a subscription turned instant go out once, at its hour.
            where db.NotificationDigestItems.IgnoreQueryFilters().Any(i => i.SubscriptionId == s.Id && i.DigestedAt == null)
            join school in db.Schools on s.SchoolId equals school.Id
            select new { s.Id, s.DigestHour, s.LastDigestOn, school.TimeZone }).ToListAsync(ct);
        foreach (var candidate in candidates)
        {
            var local = School.LocalTimeIn(candidate.TimeZone, now);
            var today = DateOnly.FromDateTime(local);
            if (local.Hour < candidate.DigestHour || candidate.LastDigestOn == today)
            {
                continue;
            }

            db.ChangeTracker.Clear();
            try
            {
                await WriteDigestAsync(db, candidate.Id, today, now, ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another node wrote this digest (or the user changed the subscription): the next round looks again.
            }
        }
    }

    private async Task WriteDigestAsync(PartaDbContext db, Guid subscriptionId, DateOnly today, DateTime now, CancellationToken ct)
    {
        var sub = await db.NotificationSubscriptions.IgnoreQueryFilters().FirstAsync(s => s.Id == subscriptionId, ct);
        var items = await db.NotificationDigestItems.IgnoreQueryFilters()
            .Where(i => i.SubscriptionId == sub.Id && i.DigestedAt == null).OrderBy(i => i.CreatedAt).ToListAsync(ct);
        // The family rule again at sending time: a guardianship restricted since the items were written sends nothing.
        var recipient = await (
            from st in db.Students.IgnoreQueryFilters()
            where st.Id == sub.StudentId && st.SchoolClassId != null
            join u in db.Users on sub.UserId equals u.Id
            where u.Email != null
                && ((st.UserId == sub.UserId && st.SchoolClass!.Grade >= NotificationPlanner.StudentFromGrade)
                    || db.Guardianships.IgnoreQueryFilters().Any(g => g.StudentId == st.Id && g.Guardian!.UserId == sub.UserId && !g.Restricted))
            select new { u.Email, st.LastName, st.FirstName }).FirstOrDefaultAsync(ct);
        foreach (var item in items)
        {
            item.DigestedAt = now;
        }

        sub.LastDigestOn = today;
        // Unsubscribed from everything meanwhile (every kind off): the items are dropped, nothing is sent.
        if (recipient is not null && items.Count > 0 && sub.AnyKind)
        {
            var student = NotificationLetters.StudentName(recipient.LastName, recipient.FirstName);
            var (subject, body) = NotificationLetters.Digest(links, student, sub.StudentId, sub.UnsubscribeToken, today, items.Select(i => i.Text).ToList());
            db.OutboxMessages.Add(new OutboxMessage
            {
                SchoolId = sub.SchoolId,
                SubscriptionId = sub.Id,
                To = recipient.Email!,
                Subject = subject,
                TextBody = body,
                CreatedAt = now,
                NextAttemptAt = now,
            });
        }

        await db.SaveChangesAsync(ct);
    }
}
