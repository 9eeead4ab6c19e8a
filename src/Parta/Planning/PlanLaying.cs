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
