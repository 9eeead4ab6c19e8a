using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Movement;

public sealed record StudentMovementRow(
    DateOnly Date, MovementKind Kind, string? FromClass, string? ToClass, string OrderNumber, DateOnly OrderDate, string? Reason,
    WithdrawalReason? WithdrawalReason, string? OtherSchool, bool Cancelled, string? CancellationReason);

/// <summary>A student's history in the movement book, oldest first, as the student's card shows it.</summary>
public sealed class GetStudentMovement(PartaDbContext db)
{
    public sealed record Request(Guid StudentId);

    /// <summary>The student's records (none for a student the school does not know: the tenancy filter keeps to it).</summary>
    public async Task<Result<List<StudentMovementRow>>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var studentId = request.StudentId;
        var rows = await db.MovementEvents.AsNoTracking()
            .Where(e => e.StudentId == studentId)
            .OrderBy(e => e.Date).ThenBy(e => e.CreatedAt)
            .Select(e => new
            {
                e.Date, e.Kind, e.FromClassId, e.ToClassId, e.Order!.Number, OrderDate = e.Order.Date, e.Reason, e.WithdrawalReason,
                e.OtherSchool, e.Cancelled, e.CancellationReason,
            })
            .ToListAsync(ct);
        var classIds = rows.SelectMany(r => new[] { r.FromClassId, r.ToClassId }).OfType<Guid>().Distinct().ToList();
        var names = await db.SchoolClasses.AsNoTracking().Where(c => classIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Grade, c.Letter }).ToDictionaryAsync(c => c.Id, c => SchoolClass.NameOf(c.Grade, c.Letter), ct);
        return rows.Select(r => new StudentMovementRow(
                r.Date, r.Kind, r.FromClassId is { } f ? names.GetValueOrDefault(f) : null, r.ToClassId is { } t ? names.GetValueOrDefault(t) : null,
                r.Number, r.OrderDate, r.Reason, r.WithdrawalReason, r.OtherSchool, r.Cancelled, r.CancellationReason))
            .ToList();
    }
}
