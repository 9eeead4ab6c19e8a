using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Scheduling;

namespace Parta.Planning;

/// <summary>A plan topic laid on a dated lesson: the lesson's planned topic and homework.</summary>
public sealed record PlannedLesson(Guid LessonId, DateOnly Date, Guid PlanTopicId, int TopicNumber, string? Section, string Title, string? Homework);

/// <summary>
/// Planned dates follow the timetable: the plan's hours, in order (a topic of 2 hours takes two lessons), are laid on the
/// assignment's dated lessons in order of date and number, cancelled lessons skipped. A lesson's shown topic is the
/// teacher's own when written, else the one laid on it. The journal, the plan editor and plan-vs-fact all read this.
/// </summary>
public static class PlanLaying
{
    public static async Task<IReadOnlyList<PlannedLesson>> LayAsync(PartaDbContext db, Guid teachingAssignmentId, CancellationToken ct = default)
    {
        var planId = await db.LessonPlans.AsNoTracking()
            .Where(p => p.TeachingAssignmentId == teachingAssignmentId).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct);
        if (planId is null)
        {
            return [];
        }

        var topics = await db.PlanTopics.AsNoTracking().Where(t => t.LessonPlanId == planId)
            .OrderBy(t => t.Number).Select(t => new LaidTopic(t.Id, t.Number, t.Section, t.Title, t.Hours, t.Homework)).ToListAsync(ct);
        var lessons = await db.Lessons.AsNoTracking()
            .Where(l => l.TeachingAssignmentId == teachingAssignmentId && l.Change != LessonChangeKind.Cancelled)
            .OrderBy(l => l.Date).ThenBy(l => l.Number)
            .Select(l => new LaidLesson(l.Id, l.Date)).ToListAsync(ct);
        return Lay(topics, lessons);
    }

    public sealed record LaidTopic(Guid Id, int Number, string? Section, string Title, int Hours, string? Homework);

    public sealed record LaidLesson(Guid Id, DateOnly Date);

    /// <summary>
    /// The plan's topics and homework laid on the lessons of the assignments (those that lack their own): the plans'
    /// topics and the lessons up to the day in two queries, laid by <see cref="Lay"/> in memory; by assignment, then lesson.
    /// The filling control and the closing of a period count a lesson with a laid topic as having one, as the journal shows it.
    /// </summary>
    public static async Task<Dictionary<Guid, Dictionary<Guid, PlannedLesson>>> LayManyAsync(
        PartaDbContext db, IReadOnlyCollection<Guid> assignmentIds, DateOnly until, CancellationToken ct = default)
    {
        if (assignmentIds.Count == 0)
        {
            return [];
        }

        var topics = (await db.LessonPlans.AsNoTracking().Where(p => p.TeachingAssignmentId != null && assignmentIds.Contains(p.TeachingAssignmentId.Value))
                .Join(db.PlanTopics, p => p.Id, t => t.LessonPlanId, (p, t) => new { TeachingAssignmentId = p.TeachingAssignmentId!.Value, t.Id, t.Number, t.Section, t.Title, t.Hours, t.Homework })
                .ToListAsync(ct))
            .ToLookup(t => t.TeachingAssignmentId);
        var withPlans = topics.Select(t => t.Key).ToList();
        if (withPlans.Count == 0)
        {
            return [];
        }

        var lessons = (await db.Lessons.AsNoTracking()
                .Where(l => withPlans.Contains(l.TeachingAssignmentId) && l.Date <= until && l.Change != LessonChangeKind.Cancelled)
                .Select(l => new { l.TeachingAssignmentId, l.Id, l.Date, l.Number }).ToListAsync(ct))
            .ToLookup(l => l.TeachingAssignmentId);
        return withPlans.ToDictionary(id => id, id => PlanLaying.Lay(
                topics[id].OrderBy(t => t.Number).Select(t => new PlanLaying.LaidTopic(t.Id, t.Number, t.Section, t.Title, t.Hours, t.Homework)).ToList(),
                lessons[id].OrderBy(l => l.Date).ThenBy(l => l.Number).Select(l => new PlanLaying.LaidLesson(l.Id, l.Date)).ToList())
            .ToDictionary(p => p.LessonId));
    }

    /// <summary>The laying itself: the i-th hour of the plan on the i-th lesson; hours beyond the last lesson are not laid.</summary>
    public static IReadOnlyList<PlannedLesson> Lay(IReadOnlyList<LaidTopic> topics, IReadOnlyList<LaidLesson> lessons)
    {
        var laid = new List<PlannedLesson>(Math.Min(lessons.Count, topics.Sum(t => Math.Max(t.Hours, 0))));
        var index = 0;
        foreach (var topic in topics)
        {
            for (var hour = 0; hour < topic.Hours && index < lessons.Count; hour++, index++)
            {
                var lesson = lessons[index];
                laid.Add(new PlannedLesson(lesson.Id, lesson.Date, topic.Id, topic.Number, topic.Section, topic.Title, topic.Homework));
            }
        }

        return laid;
    }
}
