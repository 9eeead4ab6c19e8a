using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Scheduling;

/// <summary>A feed as its owner sees it: whose lessons, since when (the address itself is never shown again).</summary>
public sealed record CalendarFeedView(Guid Id, Guid? StudentId, string Whose, DateTime CreatedLocal);

/// <summary>The user's calendar feeds in the current school, and whose lessons they may follow.</summary>
public sealed record CalendarFeedsPage(IReadOnlyList<CalendarFeedView> Feeds, bool MayFollowOwn, string OwnTitle, IReadOnlyList<FamilyStudent> Children);

public sealed class GetCalendarFeeds(PartaDbContext db, CurrentUser user, PermissionResolver resolver)
{
    public sealed record Request;

    public async Task<Result<CalendarFeedsPage>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var viewer = await TimetableAccess.ViewerAsync(db, user, resolver, ct);
        var school = await db.CurrentSchoolAsync(ct);
        var feeds = await db.CalendarFeeds.AsNoTracking().Where(f => f.UserId == user.UserId && f.SchoolId == user.SchoolId)
            .OrderBy(f => f.CreatedAt).Select(f => new { f.Id, f.StudentId, f.CreatedAt }).ToListAsync(ct);
        var ownTitle = viewer.StaffIds.Count > 0 ? "Мои уроки" : viewer.Self is { } self ? $"Мои уроки ({self.FullName})" : "Мои уроки";
        return new CalendarFeedsPage(
            feeds.Select(f => new CalendarFeedView(f.Id, f.StudentId,
                    f.StudentId is { } s ? viewer.Family.FirstOrDefault(c => c.Id == s)?.FullName ?? "Учащийся (нет доступа)" : ownTitle,
                    School.LocalTimeIn(school?.TimeZone, f.CreatedAt)))
                .ToList(),
            viewer.StaffIds.Count > 0 || viewer.Self is not null, ownTitle, viewer.Children);
    }
}
