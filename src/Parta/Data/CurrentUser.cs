namespace Parta.Data;

/// <summary>
/// Who is acting in this scope (a web request or a command): filled by the host at the start of the scope.
/// The tenancy filter and the audit history read it.
/// </summary>
public sealed class CurrentUser
{
    public Guid? UserId { get; private set; }
    public string? Login { get; private set; }

    /// <summary>The school the user works in now; <c>null</c> means no school data is visible.</summary>
    public Guid? SchoolId { get; private set; }

    public bool IsSystemAdministrator { get; private set; }

    public bool IsAuthenticated => UserId is not null;

    public void Set(Guid userId, string login, Guid? schoolId, bool isSystemAdministrator)
    {
        UserId = userId;
        Login = login;
        SchoolId = schoolId;
        IsSystemAdministrator = isSystemAdministrator;
    }

    /// <summary>Acts inside one school without a signed-in person (commands, seeding).</summary>
    public void ActAsSystem(Guid? schoolId, string login = "system")
    {
        UserId = null;
        Login = login;
        SchoolId = schoolId;
        IsSystemAdministrator = true;
    }

    public void SwitchSchool(Guid? schoolId) => SchoolId = schoolId;
}
