using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Movement;

/// <summary>
/// Records an event of the movement book for a student the school knows, if it keeps the book consistent
/// (<see cref="MovementRules"/>). A new student comes in through <see cref="AdmitStudent"/>, which calls this.
/// </summary>
public sealed class RecordMovementEvent(PartaDbContext db, TimeProvider time)
{
    public sealed record Request(Guid StudentId, MovementKind Kind, Guid? ClassId, MovementParticulars Particulars);

    public sealed record StudentNotFound() : NotFound("Учащийся не найден.", nameof(Request.StudentId));

    public sealed record ClassNotFound() : NotFound("Класс не найден в этой школе.", nameof(Request.ClassId));

    /// <summary>The event would break the book: the rule's own words.</summary>
    public sealed record BreaksTheBook(string Reason) : Invalid(Reason);

    public sealed record ChangedMeanwhile()
        : Conflict("Книгу движения этого учащегося только что изменил другой пользователь: откройте её заново и проверьте запись.");

    public async Task<Result<MovementEvent>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var checks = new Checks();
        checks.Defined<MovementKind>(request.Kind, nameof(Request.Kind), "Событие");
        var particulars = request.Particulars.Check(checks, await SchoolClock.TodayAsync(db, time, ct));
        if (checks.Failed)
        {
            return checks.Refusal<MovementEvent>();
        }

        var student = await db.Students.FirstOrDefaultAsync(s => s.Id == request.StudentId, ct);
        if (student is null)
        {
            return new StudentNotFound();
        }

        // A class given with a withdrawal, another school with a transfer (a form that showed every field) are not
        // the event's: they are ignored, not kept, as a withdrawal reason or debts of another kind are.
        SchoolClass? target = null;
        if (request.Kind.LeadsIntoClass() && request.ClassId is { } classId)
        {
            target = await db.SchoolClasses.FirstOrDefaultAsync(c => c.Id == classId, ct);
            if (target is null)
            {
                return new ClassNotFound();
            }
        }

        var date = particulars.Date!.Value;
        var history = await db.MovementEvents.AsNoTracking()
            .Where(e => e.StudentId == student.Id && !e.Cancelled)
            .OrderBy(e => e.Date).ThenBy(e => e.CreatedAt)
            .Select(e => new MovementFact(e.StudentId, e.Kind, e.Date, e.ToClassId))
            .ToListAsync(ct);
        var fact = new MovementFact(student.Id, request.Kind, date, request.Kind.LeadsIntoClass() ? target?.Id : null);
        var maxOrderDelay = (await db.CurrentSchoolAsync(ct))!.MaxOrderDelayDays;
        if (MovementRules.Check(history, fact, particulars.OrderDate!.Value, maxOrderDelay) is { } violation)
        {
            return new BreaksTheBook(violation.Message);
        }

        // The order, the event and the enrolments are saved together or not at all (a refused event leaves no new order).
        var own = db.Database.CurrentTransaction is null;
        await using var transaction = own ? await db.Database.BeginTransactionAsync(ct) : null;
        var order = await MovementOrder.FindOrCreateAsync(db, student.SchoolId, particulars.OrderNumber!, particulars.OrderDate.Value, ct);
        var fromClass = MembershipTimeline.ClassesOn(MembershipTimeline.Replay(history), date).GetValueOrDefault(student.Id);
        var movement = new MovementEvent
        {
            SchoolId = student.SchoolId,
            StudentId = student.Id,
            Kind = request.Kind,
            Date = date,
            FromClassId = fromClass == Guid.Empty ? null : fromClass,
            ToClassId = fact.ToClassId,
            OrderId = order.Id,
            Reason = particulars.Reason,
            WithdrawalReason = request.Kind == MovementKind.Withdrawal ? particulars.WithdrawalReason ?? WithdrawalReason.Other : null,
            OtherSchool = request.Kind.NamesOtherSchool() ? particulars.OtherSchool : null,
            AcademicDebts = request.Kind == MovementKind.ConditionalPromotion ? particulars.AcademicDebts : null,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        db.MovementEvents.Add(movement);
        if (movement.FromClassId is { } leftClass && movement.ToClassId != leftClass)
        {
            // Leaving a class means leaving its groups on the same date.
            var memberships = await db.StudyGroupMembers
                .Where(m => m.StudentId == student.Id && m.Until == null && db.StudyGroups.Any(g => g.Id == m.StudyGroupId && g.SchoolClassId == leftClass))
                .ToListAsync(ct);
            memberships.ForEach(m => m.Until = date);
        }

        await ClassLists.RewriteEnrolmentsAsync(db, student, [.. history, fact], time, ct);

        // The student's row is the lock of their book: it is written with every event (its version compared), so of two
        // events for one student entered at the same moment from the same history, the second is refused, not kept.
        db.Entry(student).State = EntityState.Modified;
        if (await db.TrySaveAsync(ct) is not null)
        {
            return new ChangedMeanwhile();
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }

        return movement;
    }
}
