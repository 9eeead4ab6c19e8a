using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Organisation;

/// <summary>Removes a line of the teaching load (the removal is in the audit history).</summary>
public sealed class RemoveTeachingAssignment(PartaDbContext db)
{
    /// <param name="Version">The assignment's version the list was opened with (null: no check).</param>
    public sealed record Request(Guid AssignmentId, uint? Version = null);

    public sealed record AssignmentNotFound() : NotFound("Нагрузка не найдена.");

    /// <returns>The removed assignment (its year, for the way back).</returns>
    public async Task<Result<TeachingAssignment>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var assignment = await db.TeachingAssignments.FirstOrDefaultAsync(a => a.Id == request.AssignmentId, ct);
        if (assignment is null)
        {
            return new AssignmentNotFound();
        }

        if (db.Expect(assignment, request.Version) is { } stale)
        {
            return stale;
        }

        db.TeachingAssignments.Remove(assignment);
        return await db.TrySaveAsync(ct) is { } conflict ? conflict : assignment;
    }
}
