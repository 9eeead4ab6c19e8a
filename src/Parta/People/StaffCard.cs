namespace Parta.People;

/// <summary>
/// What a staff member's card holds, as a form or a spreadsheet row gives it. <see cref="Check"/> is the one rule for
/// these fields: the card's form (<see cref="SaveStaffMember"/>) and the staff import both call it.
/// </summary>
/// <param name="Positions">Должности, each as typed; blanks and repeats are dropped.</param>
public sealed record StaffCard(
    string? LastName, string? FirstName, string? MiddleName = null, DateOnly? BirthDate = null, string? Phone = null, string? Email = null,
    IReadOnlyList<string>? Positions = null)
{
    /// <summary>Positions are kept in one column, separated by «; ».</summary>
    public const string PositionSeparator = "; ";

    /// <summary>Checks every field and gives the card cleaned (trimmed, blanks as null); the refusals go to <paramref name="checks"/>.</summary>
    public StaffCard Check(Checks checks, DateOnly today) => new(
        checks.PersonName(LastName, nameof(LastName), "Фамилия", required: true) ?? "",
        checks.PersonName(FirstName, nameof(FirstName), "Имя", required: true) ?? "",
        checks.PersonName(MiddleName, nameof(MiddleName), "Отчество"),
        checks.Date(BirthDate, nameof(BirthDate), "Дата рождения", DateWindow.Birth(today)),
        checks.Phone(Phone, nameof(Phone)),
        checks.Email(Email, nameof(Email)),
        CheckPositions(checks));

    /// <summary>Writes a checked card onto the staff member.</summary>
    public void ApplyTo(StaffMember staff)
    {
        staff.LastName = LastName ?? "";
        staff.FirstName = FirstName ?? "";
        staff.MiddleName = MiddleName;
        staff.BirthDate = BirthDate;
        staff.Phone = Phone;
        staff.Email = Email;
        staff.Positions = string.Join(PositionSeparator, Positions ?? []);
    }

    /// <summary>The positions of a card as stored («учитель; библиотекарь»), one by one.</summary>
    public static IReadOnlyList<string> SplitPositions(string? positions) =>
        (positions ?? "").Split([';', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private List<string> CheckPositions(Checks checks)
    {
        var positions = new List<string>();
        foreach (var position in Positions ?? [])
        {
            if (checks.Text(position, nameof(Positions), "Должность", 100) is { } p && !positions.Contains(p, StringComparer.Ordinal))
            {
                positions.Add(p);
            }
        }

        if (string.Join(PositionSeparator, positions).Length > 300)
        {
            checks.Add(nameof(Positions), "Поле «Должности»: не длиннее 300 символов вместе.");
            return [];
        }

        return positions;
    }
}
