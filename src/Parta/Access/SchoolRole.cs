namespace Parta.Access;

/// <summary>
/// A role a user holds in one school. System administrators are not a school role:
/// see <see cref="User.IsSystemAdministrator"/>.
/// </summary>
public enum SchoolRole
{
    Coordinator = 1,
    Director = 2,
    DeputyDirector = 3,
    Teacher = 4,
    Student = 5,
    Parent = 6,
    Authority = 7,
}

public static class SchoolRoles
{
    public static readonly IReadOnlyList<SchoolRole> All = Enum.GetValues<SchoolRole>();

    public static string Title(this SchoolRole role) => role switch
    {
        SchoolRole.Coordinator => "Координатор",
        SchoolRole.Director => "Директор",
        SchoolRole.DeputyDirector => "Заместитель директора",
        SchoolRole.Teacher => "Учитель",
        SchoolRole.Student => "Учащийся",
        SchoolRole.Parent => "Родитель",
        SchoolRole.Authority => "Орган управления образованием",
        _ => role.ToString(),
    };
}
