using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Notifications;

/// <summary>
/// Takes a batch of due outbox letters for one worker, so that two nodes never send the same letter at once. Raw SQL,
/// the one place of the outbox that has it, because neither LINQ nor the change tracker can say «the rows nobody else
/// holds, taken atomically»: on PostgreSQL that is <c>SELECT … FOR UPDATE SKIP LOCKED</c> inside a transaction that
/// writes the claim (a second node skips the locked rows instead of waiting for them and then sending them again); on
/// SQLite, which has one writer at a time, a single conditional UPDATE of the claim is already atomic.
/// </summary>
public static class OutboxClaims
{
    public static async Task<List<Guid>> ClaimAsync(PartaDbContext db, string claimer, DateTime now, DateTime until, int batch, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var ids = await db.Database.SqlQuery<Guid>($"""
                SELECT "Id" AS "Value" FROM "OutboxMessages"
                WHERE "SentAt" IS NULL AND "FailedAt" IS NULL AND "NextAttemptAt" <= {now}
                  AND ("ClaimedUntil" IS NULL OR "ClaimedUntil" < {now})
                ORDER BY "NextAttemptAt"
                LIMIT {batch}
                FOR UPDATE SKIP LOCKED
                """).ToListAsync(ct);
            if (ids.Count > 0)
            {
                // The locked rows are ours until the commit; the claim written here keeps them ours after it.
                var rows = await db.OutboxMessages.Where(m => ids.Contains(m.Id)).ToListAsync(ct);
                foreach (var row in rows)
                {
                    row.ClaimedBy = claimer;
                    row.ClaimedUntil = until;
                }

                await db.SaveChangesAsync(ct);
            }

            await transaction.CommitAsync(ct);
            db.ChangeTracker.Clear();
            return ids;
        }

        await db.Database.ExecuteSqlAsync($"""
            UPDATE "OutboxMessages" SET "ClaimedBy" = {claimer}, "ClaimedUntil" = {until}
            WHERE "Id" IN (
                SELECT "Id" FROM "OutboxMessages"
                WHERE "SentAt" IS NULL AND "FailedAt" IS NULL AND "NextAttemptAt" <= {now}
                  AND ("ClaimedUntil" IS NULL OR "ClaimedUntil" < {now})
                ORDER BY "NextAttemptAt"
                LIMIT {batch})
              AND ("ClaimedUntil" IS NULL OR "ClaimedUntil" < {now})
            """, ct);
        return await db.OutboxMessages.AsNoTracking().Where(m => m.ClaimedBy == claimer).Select(m => m.Id).ToListAsync(ct);
    }
}
