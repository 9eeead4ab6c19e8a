using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Planning;

/// <summary>Moves a topic one place up or down in its plan (its section goes with it: sections are the topics' own).</summary>
public sealed class MovePlanTopic(PartaDbContext db, PlanAccess access)
{
    public sealed record Request(PlanRef Plan, Guid TopicId, bool Up, uint? Version = null);

    public sealed record CannotMove(string Where) : Invalid($"Тема уже {Where}.");

    public async Task<Result<PlanTopic>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var plan = await access.PlanToChangeAsync(request.Plan, request.Version, ct);
        if (!plan.Succeeded)
        {
            return plan.Cast<PlanTopic>();
        }

        var topics = await db.PlanTopics.Where(t => t.LessonPlanId == plan.Value.Id).OrderBy(t => t.Number).ToListAsync(ct);
        var index = topics.FindIndex(t => t.Id == request.TopicId);
        if (index < 0)
        {
            return new SavePlanTopic.TopicNotFound();
        }

        var other = request.Up ? index - 1 : index + 1;
        if (other < 0 || other >= topics.Count)
        {
            return new CannotMove(request.Up ? "первая" : "последняя");
        }

        (topics[index], topics[other]) = (topics[other], topics[index]);
        PlanNumbering.Renumber(topics);
        return await db.TrySaveAsync(ct) is { } conflict ? conflict : topics[other];
    }
}

/// <summary>Topics are numbered 1, 2, … in their order, without gaps.</summary>
internal static class PlanNumbering
{
    public static void Renumber(IReadOnlyList<PlanTopic> topics)
    {
        for (var i = 0; i < topics.Count; i++)
        {
            topics[i].Number = i + 1;
        }
    }
}
