using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Movement;

/// <summary>
/// Corrects the particulars of a record in force — its order (number and date), the grounds, the reason of a withdrawal,
/// the other school, the academic debts — with a reason, audited field by field. Who moved, where and on which date are
/// not corrected in place: those change the class lists, so the record is cancelled and entered again
/// (<see cref="CancelMovementEvent"/>), which keeps the book valid at every step.
/// </summary>
public sealed class CorrectMovementEvent(PartaDbContext db)
{
    public sealed record Request(
        Guid EventId, string OrderNumber, DateOnly OrderDate, string? Reason, WithdrawalReason? WithdrawalReason, string? OtherSchool,
        string? AcademicDebts, string CorrectionReason);

    public abstract record Error(string Message);

    public sealed record NotFound() : Error("Запись книги движения не найдена.");

    public sealed record Cancelled() : Error("Запись отменена: исправлять её нельзя.");

    public sealed record Invalid(string Field, string Reason) : Error(Reason);

    public sealed record BreaksTheBook(string Reason) : Error(Reason);

    /// <returns>The error, or null when corrected (also when nothing changed: then nothing is written).</returns>
    public async Task<Error?> ExecuteAsync(Request request, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(request.CorrectionReason))
        {
            return new Invalid("correctionReason", "Укажите причину исправления.");
        }

        if (string.IsNullOrWhiteSpace(request.OrderNumber))
        {
            return new Invalid("orderNumber", "Укажите номер приказа.");
        }

        var movement = await db.MovementEvents.FirstOrDefaultAsync(e => e.Id == request.EventId, ct);
        if (movement is null)
        {
            return new NotFound();
        }

        if (movement.Cancelled)
        {
            return new Cancelled();
        }

        var maxOrderDelay = await db.Schools.Where(s => s.Id == movement.SchoolId).Select(s => s.MaxOrderDelayDays).FirstAsync(ct);
        if (MovementRules.CheckOrderDate(movement.Date, request.OrderDate, maxOrderDelay) is { } lateOrder)
        {
            return new BreaksTheBook(lateOrder.Message);
        }

        var order = await MovementOrder.FindOrAddAsync(db, movement.SchoolId, request.OrderNumber, request.OrderDate, ct);
        movement.OrderId = order.Id;
        movement.Reason = Clean(request.Reason);
        movement.OtherSchool = Clean(request.OtherSchool);
        if (movement.Kind == MovementKind.Withdrawal)
        {
            movement.WithdrawalReason = request.WithdrawalReason ?? WithdrawalReason.Other;
        }

        if (movement.Kind == MovementKind.ConditionalPromotion)
        {
            movement.AcademicDebts = Clean(request.AcademicDebts);
        }

        db.AuditReason = request.CorrectionReason.Trim();
        await db.SaveChangesAsync(ct);
        return null;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
