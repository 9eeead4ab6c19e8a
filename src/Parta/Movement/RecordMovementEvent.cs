using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Movement;

/// <summary>Records an event of the movement book, if it keeps the book consistent.</summary>
public sealed class RecordMovementEvent(PartaDbContext db, TimeProvider time)
{
    public sealed record Request(
        Guid StudentId, MovementKind Kind, Guid? ClassId, DateOnly Date, string OrderNumber, DateOnly OrderDate,
        string? Reason = null, WithdrawalReason? WithdrawalReason = null, string? OtherSchool = null, string? AcademicDebts = null);

    public abstract record Error(string Message);

    public sealed record StudentNotFound() : Error("Учащийся не найден.");

    public sealed record ClassNotFound() : Error("Класс не найден в этой школе.");

    public sealed record BreaksTheBook(string Reason) : Error(Reason);

    public sealed record Invalid(string Field, string Reason) : Error(Reason);

    public async Task<(MovementEvent? Event, Error? Error)> ExecuteAsync(Request request, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(request.OrderNumber))
        {
            return (null, new Invalid("orderNumber", "Укажите номер приказа."));
        }

        var student = await db.Students.FirstOrDefaultAsync(s => s.Id == request.StudentId, ct);
        if (student is null)
        {
            return (null, new StudentNotFound());
        }

        SchoolClass? target = null;
        if (request.ClassId is { } classId)
        {
            target = await db.SchoolClasses.FirstOrDefaultAsync(c => c.Id == classId, ct);
            if (target is null)
            {
                return (null, new ClassNotFound());
            }
        }

        var history = await db.MovementEvents.AsNoTracking()
            .Where(e => e.StudentId == student.Id && !e.Cancelled)
            .OrderBy(e => e.Date).ThenBy(e => e.CreatedAt)
            .Select(e => new MovementFact(e.StudentId, e.Kind, e.Date, e.ToClassId))
            .ToListAsync(ct);
        var fact = new MovementFact(student.Id, request.Kind, request.Date, request.Kind.LeadsIntoClass() ? target?.Id : null);
        var maxOrderDelay = await db.Schools.Where(s => s.Id == student.SchoolId).Select(s => s.MaxOrderDelayDays).FirstAsync(ct);
        if (MovementRules.Check(history, fact, request.OrderDate, maxOrderDelay) is { } violation)
        {
            return (null, new BreaksTheBook(violation.Message));
        }

        var order = await MovementOrder.FindOrAddAsync(db, student.SchoolId, request.OrderNumber, request.OrderDate, ct);
        var fromClass = MembershipTimeline.ClassesOn(MembershipTimeline.Replay(history), request.Date).GetValueOrDefault(student.Id);
        var movement = new MovementEvent
        {
            SchoolId = student.SchoolId,
            StudentId = student.Id,
            Kind = request.Kind,
            Date = request.Date,
            FromClassId = fromClass == Guid.Empty ? null : fromClass,
            ToClassId = fact.ToClassId,
            OrderId = order.Id,
            Reason = request.Reason?.Trim(),
            WithdrawalReason = request.Kind == MovementKind.Withdrawal ? request.WithdrawalReason ?? Movement.WithdrawalReason.Other : null,
            OtherSchool = request.OtherSchool?.Trim(),
            AcademicDebts = request.AcademicDebts?.Trim(),
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        db.MovementEvents.Add(movement);
        if (movement.FromClassId is { } leftClass && movement.ToClassId != leftClass)
        {
            // Leaving a class means leaving its groups on the same date.
            var memberships = await db.StudyGroupMembers
                .Where(m => m.StudentId == student.Id && m.Until == null && db.StudyGroups.Any(g => g.Id == m.StudyGroupId && g.SchoolClassId == leftClass))
                .ToListAsync(ct);
            memberships.ForEach(m => m.Until = request.Date);
        }

        await ClassLists.RewriteEnrolmentsAsync(db, student, [.. history, fact], time, ct);
        await db.SaveChangesAsync(ct);
        return (movement, null);
    }
}
