namespace Parta.Common;

public static class PersonName
{
    /// <summary>«Фамилия Имя Отчество», skipping the parts that are empty.</summary>
    public static string Full(string lastName, string firstName, string? middleName) =>
        string.Join(' ', new[] { lastName, firstName, middleName }.Where(p => !string.IsNullOrWhiteSpace(p)));

    /// <summary>«Фамилия И. О.» for narrow places.</summary>
    public static string WithInitials(string lastName, string firstName, string? middleName)
    {
        var initials = string.Join(' ',
            new[] { firstName, middleName }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => $"{p![0]}."));
        return initials.Length == 0 ? lastName : $"{lastName} {initials}";
    }
}
