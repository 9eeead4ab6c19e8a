using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Planning;

/// <summary>Removes a topic from a plan; the topics after it move up one place.</summary>
public sealed class DeletePlanTopic(PartaDbContext db, PlanAccess access)
{
    public sealed record Request(PlanRef Plan, Guid TopicId, uint? Version = null);

    public async Task<Result<PlanTopic>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var plan = await access.PlanToChangeAsync(request.Plan, request.Version, ct);
        if (!plan.Succeeded)
        {
            return plan.Cast<PlanTopic>();
        }

        var topics = await db.PlanTopics.Where(t => t.LessonPlanId == plan.Value.Id).OrderBy(t => t.Number).ToListAsync(ct);
        var topic = topics.FirstOrDefault(t => t.Id == request.TopicId);
        if (topic is null)
        {
            return new SavePlanTopic.TopicNotFound();
        }

        db.PlanTopics.Remove(topic);
        topics.Remove(topic);
        PlanNumbering.Renumber(topics);
        return await db.TrySaveAsync(ct) is { } conflict ? conflict : topic;
    }
}
