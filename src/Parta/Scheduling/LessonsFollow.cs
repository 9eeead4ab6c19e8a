using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Scheduling;

/// <summary>
/// Saves a change that dated lessons are made from (a bell, a shortened day, a change of one date, a class's shift, the
/// calendar, a teacher of an assignment) and then makes the affected lessons again, in one transaction: the lessons are
/// made from what is saved (<see cref="RefreshLessons"/> reads the database), so the change is saved first, the lessons
/// after, and neither stays without the other.
/// </summary>
public static class LessonsFollow
{
    /// <param name="affected">The dates and assignments whose lessons change; none: nothing to make again.</param>
    /// <returns>The refusal of the first save (someone else changed the row first); null when both were saved.</returns>
    public static Task<Error?> SaveAsync(PartaDbContext db, RefreshLessons refresh, RefreshLessons.Request? affected, CancellationToken ct = default) =>
        SaveAsync(db, async token =>
        {
            if (affected is { } request && request.From <= request.To)
            {
                await refresh.HandleAsync(request, token);
            }
        }, ct);

    /// <summary>
    /// The one way a change and the lessons made from it are saved together: the change is saved, then
    /// <paramref name="follow"/> makes the lessons again from what is saved, then they are saved — in one transaction (the
    /// caller's, if one is open). A stale row, or a row someone else added with the same key a moment before, is
    /// answered as a refusal, and nothing is kept.
    /// </summary>
    public static async Task<Error?> SaveAsync(PartaDbContext db, Func<CancellationToken, Task> follow, CancellationToken ct = default)
    {
        var own = db.Database.CurrentTransaction is null;
        await using var transaction = own ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            if (await db.TrySaveAsync(ct) is { } conflict)
            {
                return conflict;
            }
        }
        catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e))
        {
            return new SavedByAnother();
        }

        await follow(ct);
        await db.SaveChangesAsync(ct);
        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }

        return null;
    }

    /// <summary>Someone else saved the same thing (the same lesson's change, the same line) a moment before.</summary>
    public sealed record SavedByAnother() : Conflict("Это только что изменил другой пользователь: откройте страницу заново и проверьте.");

    /// <summary>From today (or <paramref name="from"/> if later) to <paramref name="to"/>: the lessons still to come.</summary>
    public static RefreshLessons.Request Future(DateOnly today, DateOnly from, DateOnly to, IReadOnlyCollection<Guid>? assignmentIds = null) =>
        new(from > today ? from : today, to, assignmentIds);
}
