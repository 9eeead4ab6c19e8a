using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Scheduling;

/// <summary>
/// The iCalendar file of a feed, asked for by its secret token with no one signed in: the lessons of the feed's person
/// from <see cref="DaysBefore"/> days ago to <see cref="DaysAfter"/> days ahead in the feed's school. The request acts in
/// the feed's school (as an address naming a school does), so the tenancy filter keeps every read there; the feed's
/// user must still belong to that school with <see cref="Permissions.ScheduleView"/>, and a parent must still be the
/// child's guardian. A token that is malformed, revoked or no longer backed answers not found.
/// </summary>
public sealed class GetCalendarFeedFile(PartaDbContext db, CurrentUser currentUser, TimeProvider time)
{
    public const int DaysBefore = 14;
    public const int DaysAfter = 60;

    public sealed record Request(string Token);

    public sealed record FeedNotFound() : NotFound("Календарь не найден.");

    public async Task<Result<string>> HandleAsync(Request request, CancellationToken ct = default)
    {
        if (!CalendarFeedTokens.IsWellFormed(request.Token))
        {
            return new FeedNotFound();
        }

        var hash = CalendarFeedTokens.Hash(request.Token);
        var feed = await db.CalendarFeeds.AsNoTracking().FirstOrDefaultAsync(f => f.TokenHash == hash, ct);
        if (feed is null || await db.Users.AsNoTracking().AnyAsync(u => u.Id == feed.UserId && u.IsBlocked, ct))
        {
            return new FeedNotFound();
        }

        currentUser.SwitchSchool(feed.SchoolId);
        var roles = await db.SchoolMemberships.AsNoTracking()
            .Where(m => m.UserId == feed.UserId && m.SchoolId == feed.SchoolId && m.BlockedAt == null).Select(m => m.Role).ToListAsync(ct);
        var overrides = await db.RolePermissionOverrides.AsNoTracking().Where(o => o.SchoolId == feed.SchoolId)
            .Select(o => new { o.Role, o.Permission, o.Granted }).ToListAsync(ct);
        if (!EffectivePermissions.Combine(roles, overrides.Select(o => (o.Role, o.Permission, o.Granted)).ToList()).Contains(Permissions.ScheduleView))
        {
            return new FeedNotFound();
        }

        var whose = new List<(LessonsOf Of, Guid Id)>();
        if (feed.StudentId is { } studentId)
        {
            if (await db.Students.AsNoTracking().OfFamily(db.Guardianships, feed.UserId).AnyAsync(s => s.Id == studentId, ct))
            {
                whose.Add((LessonsOf.Student, studentId));
            }
        }
        else
        {
            var staff = await db.StaffMembers.AsNoTracking().Where(s => s.UserId == feed.UserId).Select(s => s.Id).ToListAsync(ct);
            whose.AddRange(staff.Select(s => (LessonsOf.Teacher, s)));
            if (staff.Count == 0)
            {
                var own = await db.Students.AsNoTracking().Where(s => s.UserId == feed.UserId).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(ct);
                if (own is { } o)
                {
                    whose.Add((LessonsOf.Student, o));
                }
            }
        }

        if (whose.Count == 0)
        {
            return new FeedNotFound();
        }

        var school = await db.Schools.AsNoTracking().Where(s => s.Id == feed.SchoolId).Select(s => new { s.ShortName, s.TimeZone }).FirstAsync(ct);
        var today = School.TodayIn(school.TimeZone, time);
        var lessons = new List<LessonRow>();
        foreach (var (of, id) in whose)
        {
            lessons.AddRange(await LessonRows.ReadAsync(db, of, id, today.AddDays(-DaysBefore), today.AddDays(DaysAfter), ct));
        }

        var name = feed.StudentId is { } child
            ? await db.Students.AsNoTracking().Where(s => s.Id == child).Select(s => s.LastName + " " + s.FirstName).FirstAsync(ct)
            : null;
        return CalendarFile.Write(name is null ? $"Расписание — {school.ShortName}" : $"Расписание: {name} — {school.ShortName}",
            lessons.DistinctBy(l => l.LessonId).OrderBy(l => l.Date).ThenBy(l => l.Number),
            School.FindTimeZone(school.TimeZone), time.GetUtcNow().UtcDateTime);
    }
}
