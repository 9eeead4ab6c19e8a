namespace Parta.Movement;

/// <summary>
/// The particulars of a record of the movement book as a form, the API or a promotion give them, checked by the one rule
/// for them: lengths, characters, dates within <see cref="DateWindow.SchoolLife"/>, a defined withdrawal reason.
/// Recording, admitting and correcting all call <see cref="Check"/>.
/// </summary>
public sealed record MovementParticulars(
    DateOnly? Date, string? OrderNumber, DateOnly? OrderDate, string? Reason = null, WithdrawalReason? WithdrawalReason = null,
    string? OtherSchool = null, string? AcademicDebts = null)
{
    public const int OrderNumberLength = 50;

    /// <param name="needsDate">False where the event's date is not changed (a correction).</param>
    public MovementParticulars Check(Checks checks, DateOnly today, bool needsDate = true)
    {
        var window = DateWindow.SchoolLife(today);
        return new(
            needsDate ? checks.Date(Date, nameof(Date), "Дата события", window, required: true) : Date,
            checks.Required(OrderNumber, nameof(OrderNumber), "Номер приказа", OrderNumberLength),
            checks.Date(OrderDate, nameof(OrderDate), "Дата приказа", window, required: true),
            checks.Text(Reason, nameof(Reason), "Основание", 500),
            checks.Defined(WithdrawalReason, nameof(WithdrawalReason), "Причина выбытия"),
            checks.Text(OtherSchool, nameof(OtherSchool), "Откуда прибыл / куда выбыл", 300),
            checks.Text(AcademicDebts, nameof(AcademicDebts), "Академическая задолженность", 500));
    }
}
