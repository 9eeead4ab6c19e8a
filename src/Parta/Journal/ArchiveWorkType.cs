using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Journal;

/// <summary>
/// Sends a work type to the archive (it is no longer offered for new assessments; the journal keeps the marks of it and
/// their weight) or brings it back.
/// </summary>
public sealed class ArchiveWorkType(PartaDbContext db)
{
    public sealed record Request(Guid WorkTypeId, bool Archived, uint? Version = null);

    public sealed record WorkTypeNotFound() : NotFound("Вид работы не найден.");

    public sealed record LastActive(string Name)
        : Conflict($"«{Name}» — последний действующий вид работы: без него новые отметки ставить будет не по чему. Сначала добавьте другой.");

    public async Task<Result<WorkType>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var workType = await db.WorkTypes.FirstOrDefaultAsync(w => w.Id == request.WorkTypeId, ct);
        if (workType is null)
        {
            return new WorkTypeNotFound();
        }

        if (db.Expect(workType, request.Version) is { } stale)
        {
            return stale;
        }

        if (request.Archived && !workType.Archived && !await db.WorkTypes.AnyAsync(w => w.Id != workType.Id && !w.Archived, ct))
        {
            return new LastActive(workType.Name);
        }

        workType.Archived = request.Archived;
        return await db.TrySaveAsync(ct) is { } conflict ? conflict : workType;
    }
}
