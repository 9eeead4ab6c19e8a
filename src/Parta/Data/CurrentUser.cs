namespace Parta.Data;

/// <summary>
/// Who is acting in this scope (a web request or a command): filled by the host at the start of the scope.
/// The tenancy filter, the write guard of <see cref="PartaDbContext"/> and the audit history read it.
/// </summary>
public sealed class CurrentUser
{
    private readonly HashSet<Guid> _alsoWritable = [];

    public Guid? UserId { get; private set; }
    public string? Login { get; private set; }

    /// <summary>The school the user works in now; <c>null</c> means no school data is visible.</summary>
    public Guid? SchoolId { get; private set; }

    public bool IsSystemAdministrator { get; private set; }

    /// <summary>
    /// Work of the system itself (a command, seeding, a test's builders), not of a person: it may write into any school.
    /// A signed-in system administrator is not system work: they write into the school they have entered.
    /// </summary>
    public bool IsSystemWork { get; private set; }

    public bool IsAuthenticated => UserId is not null;

    /// <summary>
    /// The user's roles in <see cref="SchoolId"/> (memberships not blocked) when the host read them with the session in
    /// this request; <c>null</c>: not known, <see cref="Access.PermissionResolver"/> reads them.
    /// </summary>
    public IReadOnlyCollection<Access.SchoolRole>? SchoolRoles { get; private set; }

    public void Set(Guid userId, string login, Guid? schoolId, bool isSystemAdministrator, IReadOnlyCollection<Access.SchoolRole>? schoolRoles = null)
    {
        UserId = userId;
        Login = login;
        SchoolId = schoolId;
        IsSystemAdministrator = isSystemAdministrator;
        IsSystemWork = false;
        SchoolRoles = schoolId is null ? null : schoolRoles;
    }

    /// <summary>Acts inside one school without a signed-in person (commands, seeding).</summary>
    public void ActAsSystem(Guid? schoolId, string login = "system")
    {
        UserId = null;
        Login = login;
        SchoolId = schoolId;
        IsSystemAdministrator = true;
        IsSystemWork = true;
        SchoolRoles = null;
    }

    public void SwitchSchool(Guid? schoolId)
    {
        SchoolId = schoolId;
        SchoolRoles = null;
    }

    /// <summary>Whether rows of this school may be written in this scope.</summary>
    public bool MayWriteTo(Guid schoolId) => IsSystemWork || schoolId == SchoolId || _alsoWritable.Contains(schoolId);

    /// <summary>
    /// Lets a use case that acts for a person in a school other than the current one (joining a school by code, the
    /// system administrator appointing a school's coordinator) write that school's rows, until disposed. The use case
    /// itself is what makes this safe: it is named at the one line where it happens.
    /// </summary>
    public IDisposable AllowWritesTo(Guid schoolId)
    {
        var added = _alsoWritable.Add(schoolId);
        return new Revoke(() =>
        {
            if (added)
            {
                _alsoWritable.Remove(schoolId);
            }
        });
    }

    private sealed class Revoke(Action revoke) : IDisposable
    {
        public void Dispose() => revoke();
    }
}
