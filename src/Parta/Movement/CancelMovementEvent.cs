using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Movement;

/// <summary>
/// Cancels a mistaken event with a reason (audited; nothing is deleted). Only a student's latest event in force may be
/// cancelled, so the events that remain are always a valid book; the class membership is derived again.
/// </summary>
public sealed class CancelMovementEvent(PartaDbContext db, TimeProvider time)
{
    public sealed record Request(Guid EventId, string? Reason, uint? Version = null);

    public sealed record EventNotFound() : NotFound("Запись книги движения не найдена.");

    public sealed record NotTheLatest() : Invalid("Отменить можно только последнюю запись об учащемся: сначала отмените более поздние.");

    public sealed record AlreadyCancelled() : Conflict("Запись уже отменена.");

    public async Task<Result<Done>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var checks = new Checks();
        var reason = checks.Required(request.Reason, nameof(Request.Reason), "Причина отмены", 500);
        if (checks.Failed)
        {
            return checks.Refusal<Done>();
        }

        var movement = await db.MovementEvents.FirstOrDefaultAsync(e => e.Id == request.EventId, ct);
        if (movement is null)
        {
            return new EventNotFound();
        }

        if (movement.Cancelled)
        {
            return new AlreadyCancelled();
        }

        if (db.Expect(movement, request.Version) is { } stale)
        {
            return stale;
        }

        var inForce = await db.MovementEvents
            .Where(e => e.StudentId == movement.StudentId && !e.Cancelled)
            .OrderBy(e => e.Date).ThenBy(e => e.CreatedAt)
            .ToListAsync(ct);
        if (inForce[^1].Id != movement.Id)
        {
            return new NotTheLatest();
        }

        if (movement.FromClassId is { } leftClass)
        {
            // The student had left the groups of that class by this event: they are back in them.
            var memberships = await db.StudyGroupMembers
                .Where(m => m.StudentId == movement.StudentId && m.Until == movement.Date
                    && db.StudyGroups.Any(g => g.Id == m.StudyGroupId && g.SchoolClassId == leftClass))
                .ToListAsync(ct);
            memberships.ForEach(m => m.Until = null);
        }

        movement.Cancelled = true;
        movement.CancellationReason = reason;
        db.AuditReason = reason;
        var student = await db.Students.FirstAsync(s => s.Id == movement.StudentId, ct);
        await ClassLists.RewriteEnrolmentsAsync(db, student, inForce.Take(inForce.Count - 1).Select(e => e.Fact).ToList(), time, ct);
        db.Entry(student).State = EntityState.Modified;
        return await db.TrySaveAsync(ct) is { } conflict ? conflict : Done.Value;
    }
}
