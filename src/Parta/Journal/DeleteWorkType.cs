using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Journal;

/// <summary>Deletes a work type added by mistake — never one the journal already has assessments of (that one goes to the archive).</summary>
public sealed class DeleteWorkType(PartaDbContext db)
{
    public sealed record Request(Guid WorkTypeId);

    public sealed record WorkTypeNotFound() : NotFound("Вид работы не найден.");

    public sealed record InUse(string Name, int Assessments)
        : Conflict($"Вид работы «{Name}» удалить нельзя: он уже есть в журнале ({RussianPlural.Count(Assessments, "оцениваемое задание", "оцениваемых задания", "оцениваемых заданий")}). Отправьте его в архив: отметки по нему останутся, а для новых заданий он предлагаться не будет.");

    public sealed record LastActive(string Name)
        : Conflict($"«{Name}» — последний действующий вид работы: без него новые отметки ставить будет не по чему. Сначала добавьте другой.");

    public async Task<Result<WorkType>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var workType = await db.WorkTypes.FirstOrDefaultAsync(w => w.Id == request.WorkTypeId, ct);
        if (workType is null)
        {
            return new WorkTypeNotFound();
        }

        var used = await db.Assessments.CountAsync(a => a.WorkTypeId == workType.Id, ct);
        if (used > 0)
        {
            return new InUse(workType.Name, used);
        }

        // With no work types left, the next read of the settings would even bring the defaults back.
        if (!workType.Archived && !await db.WorkTypes.AnyAsync(w => w.Id != workType.Id && !w.Archived, ct))
        {
            return new LastActive(workType.Name);
        }

        db.WorkTypes.Remove(workType);
        return await db.TrySaveAsync(ct) is { } conflict ? conflict : workType;
    }
}
