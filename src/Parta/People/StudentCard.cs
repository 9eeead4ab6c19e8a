namespace Parta.People;

/// <summary>
/// What a student's personal card holds, as a form, the API or a spreadsheet row gives it. <see cref="Check"/> is the one
/// rule for these fields: the card's form (<see cref="SaveStudent"/>), the admission of a new student
/// (<see cref="Movement.AdmitStudent"/>) and the import all call it.
/// </summary>
public sealed record StudentCard(
    string? LastName, string? FirstName, string? MiddleName = null, DateOnly? BirthDate = null, Gender? Gender = null,
    string? PersonalFileNumber = null, string? Phone = null, string? Email = null, string? Address = null, int? HealthGroup = null)
{
    /// <summary>
    /// Checks every field and gives the card cleaned (trimmed, blanks as null); the refusals go to
    /// <paramref name="checks"/>, each named <paramref name="prefix"/> + the field.
    /// </summary>
    public StudentCard Check(Checks checks, DateOnly today, string prefix = "") => new(
        checks.PersonName(LastName, prefix + nameof(LastName), "Фамилия", required: true) ?? "",
        checks.PersonName(FirstName, prefix + nameof(FirstName), "Имя", required: true) ?? "",
        checks.PersonName(MiddleName, prefix + nameof(MiddleName), "Отчество"),
        checks.Date(BirthDate, prefix + nameof(BirthDate), "Дата рождения", DateWindow.Birth(today)),
        checks.Defined(Gender, prefix + nameof(Gender), "Пол"),
        checks.Text(PersonalFileNumber, prefix + nameof(PersonalFileNumber), "Номер личного дела", 30),
        checks.Phone(Phone, prefix + nameof(Phone)),
        checks.Email(Email, prefix + nameof(Email)),
        checks.Text(Address, prefix + nameof(Address), "Адрес", 500),
        checks.Number(HealthGroup, prefix + nameof(HealthGroup), "Группа здоровья", 1, 5));

    /// <summary>Writes a checked card onto the student (never the class: that is the movement book's).</summary>
    public void ApplyTo(Student student)
    {
        student.LastName = LastName ?? "";
        student.FirstName = FirstName ?? "";
        student.MiddleName = MiddleName;
        student.BirthDate = BirthDate;
        student.Gender = Gender;
        student.PersonalFileNumber = PersonalFileNumber;
        student.Phone = Phone;
        student.Email = Email;
        student.Address = Address;
        student.HealthGroup = HealthGroup;
    }

    public static StudentCard Of(Student s) =>
        new(s.LastName, s.FirstName, s.MiddleName, s.BirthDate, s.Gender, s.PersonalFileNumber, s.Phone, s.Email, s.Address, s.HealthGroup);
}
