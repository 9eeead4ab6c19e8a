using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Planning;

/// <summary>
/// «Применить к классам»: a template's or an assignment's topics copied to the chosen assignments of parallel classes (the
/// same grade and subject), replacing their topics, all in one save.
/// </summary>
public sealed class CopyLessonPlan(PartaDbContext db, PlanAccess access, GetLessonPlan read, CurrentUser currentUser)
{
    public sealed record Request(PlanRef Source, IReadOnlyList<Guid> TargetAssignmentIds);

    /// <param name="Plans">How many plans got the topics.</param>
    public sealed record Copied(int Topics, int Plans);

    public sealed record NoTargets() : Invalid("Выберите классы, в которые скопировать план.", nameof(Request.TargetAssignmentIds));

    public sealed record NotParallel() : Invalid(
        "Скопировать план можно только в свои нагрузки того же предмета в классах той же параллели.", nameof(Request.TargetAssignmentIds));

    public sealed record EmptySource() : Invalid("В плане нет тем: копировать нечего.", nameof(Request.TargetAssignmentIds));

    public async Task<Result<Copied>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var source = await read.HandleAsync(new GetLessonPlan.Request(request.Source), ct);
        if (!source.Succeeded)
        {
            return source.Cast<Copied>();
        }

        var targets = request.TargetAssignmentIds.Distinct().ToList();
        if (targets.Count == 0)
        {
            return new NoTargets();
        }

        if (!source.Value.MayEdit)
        {
            return request.Source.TemplateId is null ? new PlanAccess.NotYourPlan() : new PlanAccess.NoPlanRights();
        }

        // The parallel classes the source offers are the only ones it may be copied to (own, same year, subject and grade).
        var allowed = source.Value.CopyTargets.Select(t => t.AssignmentId).ToHashSet();

        if (targets.Any(t => !allowed.Contains(t)))
        {
            return new NotParallel();
        }

        var topics = source.Value.Topics;
        if (topics.Count == 0)
        {
            return new EmptySource();
        }

        foreach (var target in targets)
        {
            var plan = await access.PlanToChangeAsync(PlanRef.Assignment(target), null, ct);
            if (!plan.Succeeded)
            {
                return plan.Cast<Copied>();
            }

            await db.RemoveAllAsync(db.PlanTopics.Where(t => t.LessonPlanId == plan.Value.Id), ct);
            db.PlanTopics.AddRange(topics.Select(t => new PlanTopic
            {
                SchoolId = currentUser.SchoolId!.Value, LessonPlanId = plan.Value.Id, Number = t.Number, Section = t.Section, Title = t.Title,
                Hours = t.Hours, LessonType = t.LessonType, Homework = t.Homework,
            }));
        }

        return await db.TrySaveAsync(ct) is { } conflict ? conflict : new Copied(topics.Count, targets.Count);
    }
}
