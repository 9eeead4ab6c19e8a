using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Scheduling;

/// <summary>Revokes one of the user's own calendar feeds: the row goes, and its address answers 404 from then on.</summary>
public sealed class RevokeCalendarFeed(PartaDbContext db, CurrentUser user)
{
    public sealed record Request(Guid FeedId);

    public sealed record FeedNotFound() : NotFound("Подписка на календарь не найдена.");

    public async Task<Result<Done>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var feed = await db.CalendarFeeds.FirstOrDefaultAsync(f => f.Id == request.FeedId && f.UserId == user.UserId && f.SchoolId == user.SchoolId, ct);
        if (feed is null)
        {
            return new FeedNotFound();
        }

        db.CalendarFeeds.Remove(feed);
        await db.SaveChangesAsync(ct);
        return Done.Value;
    }
}
