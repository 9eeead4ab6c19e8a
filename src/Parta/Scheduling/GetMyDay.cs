using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Scheduling;

/// <summary>
/// «Мой день» of a teacher: the lessons they give on the date (their own and those they substitute), their lessons given
/// to a substitute, and the lessons the timetable no longer has but that hold their records, for them to decide on.
/// </summary>
/// <param name="HasStaffCard">Whether the account is a staff member's (a parent or a student has no day of lessons).</param>
public sealed record MyDay(
    DateOnly Date, DateOnly Previous, DateOnly Next, bool HasStaffCard, IReadOnlyList<DayLesson> Lessons, IReadOnlyList<DayLesson> GivenAway,
    IReadOnlyList<DayLesson> OutOfTimetable);

public sealed class GetMyDay(PartaDbContext db, CurrentUser user, TimeProvider time)
{
    /// <param name="Date">None: the school's today.</param>
    public sealed record Request(DateOnly? Date);

    public async Task<Result<MyDay>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var date = request.Date ?? await SchoolClock.TodayAsync(db, time, ct);
        var staffIds = await StaffOfAsync(db, user, ct);
        var (previous, next) = (GetDailyChanges.Weekday(date, -1), GetDailyChanges.Weekday(date, 1));
        if (staffIds.Count == 0)
        {
            return new MyDay(date, previous, next, false, [], [], []);
        }

        var (lessons, givenAway) = await LessonsAsync(db, staffIds, date, ct);
        var outOfTimetable = (await DayLessons.LoadAsync(db, db.Lessons.Where(l => l.NotInTimetable && staffIds.Contains(l.TeacherId)), ct))
            .OrderBy(l => l.Date).ThenBy(l => l.Number).ToList();
        return new MyDay(date, previous, next, true, lessons, givenAway, outOfTimetable);
    }

    /// <summary>The staff cards of the signed-in account.</summary>
    public static Task<List<Guid>> StaffOfAsync(PartaDbContext db, CurrentUser user, CancellationToken ct) =>
        user.UserId is { } userId
            ? db.StaffMembers.AsNoTracking().Where(s => s.UserId == userId).Select(s => s.Id).ToListAsync(ct)
            : Task.FromResult(new List<Guid>());

    /// <summary>
    /// A teacher's lessons of a date in order (the ones they give, substitutions for others included), and their own lessons
    /// another teacher gives that day.
    /// </summary>
    public static async Task<(List<DayLesson> Lessons, List<DayLesson> GivenAway)> LessonsAsync(
        PartaDbContext db, IReadOnlyCollection<Guid> staffIds, DateOnly date, CancellationToken ct)
    {
        var mine = db.TeachingAssignments.Where(a => staffIds.Contains(a.StaffMemberId)).Select(a => a.Id);
        var day = await DayLessons.LoadAsync(db,
            db.Lessons.Where(l => l.Date == date && !l.NotInTimetable && (staffIds.Contains(l.TeacherId) || mine.Contains(l.TeachingAssignmentId))), ct);
        var ordered = day.OrderBy(l => l.Start ?? TimeOnly.MaxValue).ThenBy(l => l.Number).ToList();
        return (ordered.Where(l => staffIds.Contains(l.TeacherId)).ToList(), ordered.Where(l => !staffIds.Contains(l.TeacherId)).ToList());
    }
}
