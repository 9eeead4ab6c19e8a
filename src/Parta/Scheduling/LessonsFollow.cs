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
    public static async Task<Error?> SaveAsync(PartaDbContext db, RefreshLessons refresh, RefreshLessons.Request? affected, CancellationToken ct = default)
    {
        var own = db.Database.CurrentTransaction is null;
        await using var transaction = own ? await db.Database.BeginTransactionAsync(ct) : null;
        if (await db.TrySaveAsync(ct) is { } conflict)
        {
            return conflict;
        }

        if (affected is { } request && request.From <= request.To)
        {
            await refresh.HandleAsync(request, ct);
            await db.SaveChangesAsync(ct);
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }

        return null;
    }

    /// <summary>From today (or <paramref name="from"/> if later) to <paramref name="to"/>: the lessons still to come.</summary>
    public static RefreshLessons.Request Future(DateOnly today, DateOnly from, DateOnly to, IReadOnlyCollection<Guid>? assignmentIds = null) =>
        new(from > today ? from : today, to, assignmentIds);
}
