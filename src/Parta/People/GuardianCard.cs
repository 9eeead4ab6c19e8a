namespace Parta.People;

/// <summary>
/// What a guardian's card holds, as a form or a spreadsheet row gives it. <see cref="Check"/> and
/// <see cref="CheckRelation"/> are the one rule for these fields: the card's form (<see cref="SaveGuardian"/>) and the
/// students import (its parents' columns) both call them.
/// </summary>
public sealed record GuardianCard(string? LastName, string? FirstName, string? MiddleName = null, string? Phone = null, string? Email = null)
{
    /// <summary>Checks every field and gives the card cleaned (trimmed, blanks as null); the refusals go to <paramref name="checks"/>.</summary>
    public GuardianCard Check(Checks checks) => new(
        checks.PersonName(LastName, nameof(LastName), "Фамилия", required: true) ?? "",
        checks.PersonName(FirstName, nameof(FirstName), "Имя", required: true) ?? "",
        checks.PersonName(MiddleName, nameof(MiddleName), "Отчество"),
        checks.Phone(Phone, nameof(Phone)),
        checks.Email(Email, nameof(Email)));

    /// <summary>The longest note of a restriction of a guardian's rights (<see cref="Guardianship.RestrictionNote"/>).</summary>
    public const int RestrictionNoteMax = 300;

    /// <summary>Кем приходится учащемуся («мать», «отец», «опекун» …).</summary>
    public static string? CheckRelation(Checks checks, string? relation, string field, bool required)
    {
        if (required && string.IsNullOrWhiteSpace(relation))
        {
            checks.Add(field, "Укажите, кем приходится учащемуся.");
            return null;
        }

        return checks.Text(relation, field, "Кем приходится учащемуся", 50);
    }

    /// <summary>Writes a checked card onto the guardian.</summary>
    public void ApplyTo(Guardian guardian)
    {
        guardian.LastName = LastName ?? "";
        guardian.FirstName = FirstName ?? "";
        guardian.MiddleName = MiddleName;
        guardian.Phone = Phone;
        guardian.Email = Email;
    }
}
