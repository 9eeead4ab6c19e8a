namespace Parta.Movement;

/// <summary>A movement event refused because it would break the book, with the reason in Russian.</summary>
public sealed record MovementViolation(string Message);

/// <summary>
/// The invariants of the movement book, without a database. Events of a student are kept in date order: a new event
/// may not be dated before the student's last one (a past mistake is corrected by cancelling the event, not by
/// inserting one in the middle), which together with the checks below keeps every student in at most one class.
/// </summary>
public static class MovementRules
{
    /// <param name="history">The student's events that are in force (not cancelled).</param>
    /// <param name="next">The event to be recorded.</param>
    /// <param name="maxOrderDelayDays">How many days the school allows an order to be signed after the effective date.</param>
    public static MovementViolation? Check(IReadOnlyCollection<MovementFact> history, MovementFact next, DateOnly orderDate, int maxOrderDelayDays)
    {
        if (CheckOrderDate(next.Date, orderDate, maxOrderDelayDays) is { } lateOrder)
        {
            return lateOrder;
        }

        if (next.Kind.LeadsIntoClass() && next.ToClassId is null)
        {
            return new("Укажите класс.");
        }

        if (next.Kind == MovementKind.OpeningEnrolment && history.Count > 0)
        {
            return new("Зачисление на начало учёта бывает только первой записью об учащемся: вернувшегося оформите восстановлением или прибытием.");
        }

        var first = history.Count == 0 ? (DateOnly?)null : history.Min(e => e.Date);
        var last = history.Count == 0 ? (DateOnly?)null : history.Max(e => e.Date);
        if (first is { } admitted && next.Date < admitted)
        {
            return new($"Дата события {next.Date:dd.MM.yyyy} раньше зачисления учащегося ({admitted:dd.MM.yyyy}).");
        }

        if (last is { } latest && next.Date < latest)
        {
            return new($"Дата события {next.Date:dd.MM.yyyy} раньше последней записи об учащемся ({latest:dd.MM.yyyy}): исправьте ту запись, а не добавляйте новую задним числом.");
        }

        var classNow = MembershipTimeline.ClassesOn(MembershipTimeline.Replay(history), next.Date).GetValueOrDefault(next.StudentId);
        var inSchool = classNow != Guid.Empty;
        if (next.Kind.NeedsStudentInSchool() && !inSchool)
        {
            return new($"На {next.Date:dd.MM.yyyy} учащийся не числится в школе.");
        }

        if (!next.Kind.NeedsStudentInSchool() && inSchool)
        {
            return new($"На {next.Date:dd.MM.yyyy} учащийся уже числится в классе: зачислить его второй раз нельзя.");
        }

        if (next.Kind == MovementKind.Reinstatement && history.Count == 0)
        {
            return new("Восстановить можно только выбывшего учащегося: оформите прибытие.");
        }

        if (next.Kind == MovementKind.Transfer && next.ToClassId == classNow)
        {
            return new("Учащийся уже в этом классе.");
        }

        return null;
    }

    /// <summary>An order may be signed after the effective date, by at most the days the school allows.</summary>
    public static MovementViolation? CheckOrderDate(DateOnly eventDate, DateOnly orderDate, int maxOrderDelayDays) =>
        // Day numbers, not AddDays: no date near the ends of the calendar can overflow the comparison.
        orderDate.DayNumber - eventDate.DayNumber > maxOrderDelayDays
            ? new($"Приказ от {RussianDate.Show(orderDate)} подписан позже даты события {RussianDate.Show(eventDate)} больше чем на {RussianPlural.Count(maxOrderDelayDays, "день", "дня", "дней")}.")
            : null;
}
