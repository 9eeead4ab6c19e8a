using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Movement;

/// <summary>
/// Corrects the particulars of a record in force — its order (number and date), the grounds, the reason of a withdrawal,
/// the other school, the academic debts — with a reason, audited field by field. Who moved, where and on which date are
/// not corrected in place: those change the class lists, so the record is cancelled and entered again
/// (<see cref="CancelMovementEvent"/>), which keeps the book valid at every step.
/// </summary>
public sealed class CorrectMovementEvent(PartaDbContext db, TimeProvider time)
{
    /// <param name="Particulars">The corrected particulars (their date is not used: the event's date stays).</param>
    /// <param name="Version">The record's version the form was opened with (null: no check).</param>
    public sealed record Request(Guid EventId, MovementParticulars Particulars, string? CorrectionReason, uint? Version = null);

    public sealed record EventNotFound() : NotFound("Запись книги движения не найдена.");

    public sealed record Cancelled() : Conflict("Запись отменена: исправлять её нельзя.");

    public sealed record BreaksTheBook(string Reason) : Invalid(Reason, nameof(MovementParticulars.OrderDate));

    /// <returns>Done also when nothing changed (then nothing is written).</returns>
    public async Task<Result<Done>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var checks = new Checks();
        var why = checks.Required(request.CorrectionReason, nameof(Request.CorrectionReason), "Причина исправления", 500);
        var particulars = request.Particulars.Check(checks, await SchoolClock.TodayAsync(db, time, ct), needsDate: false);
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
            return new Cancelled();
        }

        if (db.Expect(movement, request.Version) is { } stale)
        {
            return stale;
        }

        var maxOrderDelay = (await db.CurrentSchoolAsync(ct))!.MaxOrderDelayDays;
        if (MovementRules.CheckOrderDate(movement.Date, particulars.OrderDate!.Value, maxOrderDelay) is { } lateOrder)
        {
            return new BreaksTheBook(lateOrder.Message);
        }

        var order = await MovementOrder.FindOrCreateAsync(db, movement.SchoolId, particulars.OrderNumber!, particulars.OrderDate.Value, ct);
        movement.OrderId = order.Id;
        movement.Reason = particulars.Reason;
        // «Откуда прибыл / куда выбыл» belongs to arrivals and withdrawals only, as when the record was made.
        if (movement.Kind.NamesOtherSchool())
        {
            movement.OtherSchool = particulars.OtherSchool;
        }
        if (movement.Kind == MovementKind.Withdrawal)
        {
            movement.WithdrawalReason = particulars.WithdrawalReason ?? WithdrawalReason.Other;
        }

        if (movement.Kind == MovementKind.ConditionalPromotion)
        {
            movement.AcademicDebts = particulars.AcademicDebts;
        }

        db.AuditReason = why;
        return await db.TrySaveAsync(ct) is { } conflict ? conflict : Done.Value;
    }
}
