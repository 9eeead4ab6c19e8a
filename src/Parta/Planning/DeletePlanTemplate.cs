using Parta.Data;

namespace Parta.Planning;

/// <summary>Deletes a template with its topics (the plans once copied from it keep their own copies).</summary>
public sealed class DeletePlanTemplate(PartaDbContext db, PlanAccess access)
{
    public sealed record Request(Guid Id);

    public async Task<Result<LessonPlan>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var found = await access.TemplateAsync(request.Id, edit: true, ct);
        if (!found.Succeeded)
        {
            return found;
        }

        await db.RemoveAllAsync(db.PlanTopics.Where(t => t.LessonPlanId == request.Id), ct);
        db.LessonPlans.Remove(found.Value);
        return await db.TrySaveAsync(ct) is { } conflict ? conflict : found.Value;
    }
}
