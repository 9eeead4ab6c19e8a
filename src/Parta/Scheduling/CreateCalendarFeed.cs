using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;

namespace Parta.Scheduling;

/// <summary>
/// Makes the user's iCalendar feed (подписка на календарь) in the current school: their own lessons (a teacher's as
/// taught, a student's), or a parent's child's. A feed for the same person replaces the old one: the old address stops
/// working, which is how a lost or shared address is renewed. The token is answered once and never kept.
/// </summary>
public sealed class CreateCalendarFeed(PartaDbContext db, CurrentUser user, PermissionResolver resolver, TimeProvider time)
{
    /// <param name="StudentId">A parent's child; none for the user's own lessons.</param>
    public sealed record Request(Guid? StudentId);

    public sealed record CreatedFeed(Guid Id, string Token);

    public sealed record StudentNotVisible() : NotFound("Учащийся не найден.", nameof(Request.StudentId));

    public sealed record NothingToFollow() : Invalid("Выберите, чьё расписание показывать в календаре.", nameof(Request.StudentId));

    public async Task<Result<CreatedFeed>> HandleAsync(Request request, CancellationToken ct = default)
    {
        if (user.UserId is not { } userId || user.SchoolId is not { } schoolId)
        {
            return new NothingToFollow();
        }

        var viewer = await TimetableAccess.ViewerAsync(db, user, resolver, ct);
        Guid? studentId = null;
        if (request.StudentId is { } wanted)
        {
            var student = viewer.Family.FirstOrDefault(f => f.Id == wanted);
            if (student is null)
            {
                return new StudentNotVisible();
            }

            studentId = student.IsSelf ? null : student.Id;
        }
        else if (viewer.StaffIds.Count == 0 && viewer.Self is null)
        {
            return new NothingToFollow();
        }

        var old = await db.CalendarFeeds.Where(f => f.UserId == userId && f.SchoolId == schoolId && f.StudentId == studentId).ToListAsync(ct);
        db.CalendarFeeds.RemoveRange(old);
        var token = CalendarFeedTokens.NewToken();
        var feed = new CalendarFeed
        {
            UserId = userId, SchoolId = schoolId, StudentId = studentId, TokenHash = CalendarFeedTokens.Hash(token),
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        db.CalendarFeeds.Add(feed);
        await db.SaveChangesAsync(ct);
        return new CreatedFeed(feed.Id, token);
    }
}
