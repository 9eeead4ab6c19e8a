using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Planning;

/// <summary>Adds a topic at the end of a plan (an assignment's plan is made on its first topic) or changes one.</summary>
public sealed class SavePlanTopic(PartaDbContext db, PlanAccess access, CurrentUser currentUser)
{
    /// <param name="TopicId">The topic changed; null: a new topic.</param>
    /// <param name="Version">The plan's version the editor was opened with (null: no check).</param>
    public sealed record Request(PlanRef Plan, Guid? TopicId, PlanTopicFields Fields, uint? Version = null);

    public sealed record TopicNotFound() : NotFound("Тема не найдена: возможно, её уже удалили.");

    public sealed record TooManyTopics() : Invalid($"В плане не больше {PlanRules.MaxTopics} тем.", "Fields.Title");

    public async Task<Result<PlanTopic>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var checks = new Checks();
        var fields = request.Fields.Check(checks);
        var plan = await access.PlanToChangeAsync(request.Plan, request.Version, ct);
        if (!plan.Succeeded)
        {
            return plan.Cast<PlanTopic>();
        }

        if (fields is null)
        {
            return Result.Fail<PlanTopic>(checks.Errors.Select(e => e with { Field = "Fields." + e.Field }));
        }

        PlanTopic? topic;
        if (request.TopicId is { } topicId)
        {
            topic = await db.PlanTopics.FirstOrDefaultAsync(t => t.Id == topicId && t.LessonPlanId == plan.Value.Id, ct);
            if (topic is null)
            {
                return new TopicNotFound();
            }
        }
        else
        {
            var count = await db.PlanTopics.CountAsync(t => t.LessonPlanId == plan.Value.Id, ct);
            if (count >= PlanRules.MaxTopics)
            {
                return new TooManyTopics();
            }

            topic = new PlanTopic { SchoolId = currentUser.SchoolId!.Value, LessonPlanId = plan.Value.Id, Number = count + 1, Title = fields.Title };
            db.PlanTopics.Add(topic);
        }

        (topic.Section, topic.Title, topic.Hours, topic.LessonType, topic.Homework) =
            (fields.Section, fields.Title, fields.Hours, fields.LessonType, fields.Homework);
        return await db.TrySaveAsync(ct) is { } conflict ? conflict : topic;
    }
}
