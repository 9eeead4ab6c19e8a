using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Organisation;

/// <summary>
/// Deletes a group made by mistake — only while nobody was ever its member and nobody teaches it; a group with history
/// is refused with the reason.
/// </summary>
public sealed class DeleteStudyGroup(PartaDbContext db)
{
    public sealed record Request(Guid GroupId);

    public sealed record GroupNotFound() : NotFound("Группа не найдена.");

    public sealed record HasMembers(string Name)
        : Conflict($"Группу «{Name}» удалить нельзя: в ней есть или были учащиеся. Сначала исключите их из группы.");

    public sealed record HasAssignments(string Name)
        : Conflict($"Группу «{Name}» удалить нельзя: у неё есть учебная нагрузка. Сначала удалите её.");

    /// <returns>The deleted group (its name and year, for the message and the way back).</returns>
    public async Task<Result<StudyGroup>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var group = await db.StudyGroups.FirstOrDefaultAsync(g => g.Id == request.GroupId, ct);
        if (group is null)
        {
            return new GroupNotFound();
        }

        if (await db.StudyGroupMembers.AnyAsync(m => m.StudyGroupId == group.Id, ct))
        {
            return new HasMembers(group.Name);
        }

        if (await db.TeachingAssignments.AnyAsync(a => a.StudyGroupId == group.Id, ct))
        {
            return new HasAssignments(group.Name);
        }

        db.StudyGroups.Remove(group);
        return await db.TrySaveAsync(ct) is { } conflict ? conflict : group;
    }
}
