using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;

namespace Parta.Web.Security;

public sealed record SchoolChoice(Guid SchoolId, string Name, string ShortName, bool IsDemo, IReadOnlyList<SchoolRole> Roles)
{
    /// <summary>The school's IANA time zone: "today" on its pages is the school's today.</summary>
    public string TimeZone { get; init; } = Parta.Organisation.School.DefaultTimeZone;
}

/// <summary>
/// The signed-in user of this request as the pages need it (name, schools, roles), loaded once per request by
/// <see cref="CurrentUserMiddleware"/> from the database together with the check that the request's server session is
/// alive, in one query, so a sign-out, a revoked token, a block or a change of roles acts at the next request.
/// </summary>
public sealed class SignedInUser(PartaDbContext db, TimeProvider time)
{
    private static readonly CompiledPerModel<Func<PartaDbContext, Guid, Guid, DateTime, IAsyncEnumerable<LoadedRow>>> LoadQuery = new(CompileLoad);

    /// <summary>
    /// The one round trip every signed-in request makes before its own work: the account, provided its session row is
    /// alive and belongs to it and the account is not blocked, with its roles in schools, one row per role. A flat LEFT
    /// JOIN: a joined subquery (EF's shape for a collection in a projection) is materialised whole by SQLite at every
    /// request. Compiled: translating it anew at every request cost a third of /api/v1/me's throughput.
    /// </summary>
    private static Func<PartaDbContext, Guid, Guid, DateTime, IAsyncEnumerable<LoadedRow>> CompileLoad() =>
        EF.CompileAsyncQuery((PartaDbContext db, Guid userId, Guid sessionId, DateTime now) =>
            from u in db.Users.IgnoreQueryFilters().AsNoTracking()
            where u.Id == userId && !u.IsBlocked
                && db.UserSessions.Any(s => s.Id == sessionId && s.UserId == u.Id && s.ExpiresAt > now)
            from m in db.SchoolMemberships.Where(m => m.UserId == u.Id).DefaultIfEmpty()
            select new LoadedRow(
                u.UserName, u.LastName, u.FirstName, u.MiddleName, u.IsSystemAdministrator, u.MustChangePassword,
                m == null ? null : m.SchoolId, m == null ? null : m.Role, m == null ? null : m.BlockedAt,
                m!.School!.Name, m.School.ShortName, m.School.IsDemo, m.School.TimeZone));

    public Guid Id { get; private set; }
    public string Login { get; private set; } = "";
    public string FullName { get; private set; } = "";
    public bool IsSystemAdministrator { get; private set; }
    public bool MustChangePassword { get; private set; }
    public IReadOnlyList<SchoolChoice> Schools { get; private set; } = [];
    public SchoolChoice? CurrentSchool { get; private set; }
    public bool IsLoaded { get; private set; }

    /// <summary>More than one school and none chosen yet: the user must pick one.</summary>
    public bool MustChooseSchool => CurrentSchool is null && Schools.Count > 1;

    /// <returns><c>false</c> when the session (a sign-in's cookie or a bearer token) was ended or has expired, or the
    /// account no longer exists or is blocked: as a whole, or by every school it has a role in (a school blocks access to
    /// itself only; its blocked roles are left out here, the others keep working).</returns>
    public async Task<bool> LoadAsync(Guid userId, Guid sessionId, Guid? requestedSchoolId, CancellationToken ct)
    {
        var rows = await LoadQuery.For(db)(db, userId, sessionId, time.GetUtcNow().UtcDateTime).ToListAsync(ct);

        if (rows.Count == 0)
        {
            return false;
        }

        var user = rows[0];
        var memberships = rows.Where(r => r.SchoolId is not null).ToList();
        if (!user.IsSystemAdministrator && SchoolMembership.ShutOut(memberships.Select(m => m.BlockedAt)))
        {
            return false;
        }

        Id = userId;
        Login = user.UserName ?? "";
        FullName = PersonName.Full(user.LastName, user.FirstName, user.MiddleName);
        IsSystemAdministrator = user.IsSystemAdministrator;
        MustChangePassword = user.MustChangePassword;
        Schools = memberships
            .Where(m => m.BlockedAt is null)
            .GroupBy(m => m.SchoolId!.Value)
            .Select(g => new SchoolChoice(g.Key, g.First().Name!, g.First().ShortName!, g.First().IsDemo ?? false,
                g.Select(m => m.Role!.Value).Order().ToList()) { TimeZone = g.First().TimeZone! })
            .OrderBy(s => s.ShortName, RussianCulture.Collation)
            .ToList();
        CurrentSchool = Schools.FirstOrDefault(s => s.SchoolId == requestedSchoolId)
            ?? (Schools.Count == 1 ? Schools[0] : null);
        if (CurrentSchool is null && IsSystemAdministrator && requestedSchoolId is { } adminSchool)
        {
            // A system administrator may enter any school to administer it.
            CurrentSchool = await db.Schools.AsNoTracking().Where(s => s.Id == adminSchool)
                .Select(s => new SchoolChoice(s.Id, s.Name, s.ShortName, s.IsDemo, new List<SchoolRole>()) { TimeZone = s.TimeZone })
                .FirstOrDefaultAsync(ct);
        }

        IsLoaded = true;
        return true;
    }

    private sealed record LoadedRow(
        string? UserName, string LastName, string FirstName, string? MiddleName, bool IsSystemAdministrator,
        bool MustChangePassword, Guid? SchoolId, SchoolRole? Role, DateTime? BlockedAt,
        string? Name, string? ShortName, bool? IsDemo, string? TimeZone);
}
