using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Organisation;
using Parta.Scheduling;

namespace Parta.Planning;

/// <summary>
/// План и факт of one teaching assignment, up to the school's today: lessons given (not cancelled), the plan's hours laid on
/// them, lessons with a topic written, and the topics behind — laid on a given lesson whose topic nobody wrote — with their
/// dates; and the plan's hours against the lessons of the year.
/// </summary>
public sealed class GetPlanProgress(PartaDbContext db, PlanAccess access, TimeProvider time)
{
    public sealed record Request(Guid AssignmentId);

    public sealed record BehindTopic(DateOnly Date, int Number, string Title);

    public sealed record PlanProgress(
        PlanAssignment Assignment, DateOnly Today, int Given, int PlannedToDate, int WithTopic, IReadOnlyList<BehindTopic> Behind,
        int PlanHours, int LessonsInYear);

    public async Task<Result<PlanProgress>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var assignment = await access.AssignmentAsync(request.AssignmentId, edit: false, ct);
        if (!assignment.Succeeded)
        {
            return assignment.Cast<PlanProgress>();
        }

        var today = await SchoolClock.TodayAsync(db, time, ct);
        var lessons = await db.Lessons.AsNoTracking()
            .Where(l => l.TeachingAssignmentId == request.AssignmentId && l.Change != LessonChangeKind.Cancelled)
            .Select(l => new { l.Id, l.Date, HasTopic = l.Topic != null })
            .ToListAsync(ct);
        var laid = await PlanLaying.LayAsync(db, request.AssignmentId, ct);
        var written = lessons.Where(l => l.HasTopic).Select(l => l.Id).ToHashSet();
        var planHours = await db.PlanTopics
            .Where(t => db.LessonPlans.Any(p => p.Id == t.LessonPlanId && p.TeachingAssignmentId == request.AssignmentId))
            .SumAsync(t => (int?)t.Hours, ct) ?? 0;
        var behind = laid.Where(l => l.Date <= today && !written.Contains(l.LessonId))
            .Select(l => new BehindTopic(l.Date, l.TopicNumber, l.Title)).ToList();
        return new PlanProgress(
            assignment.Value, today, lessons.Count(l => l.Date <= today), laid.Count(l => l.Date <= today),
            lessons.Count(l => l.Date <= today && l.HasTopic), behind, planHours, lessons.Count);
    }
}
