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
/// <see cref="CurrentUserMiddleware"/> from the database, so a block or a change of roles acts at the next request.
/// </summary>
public sealed class SignedInUser(PartaDbContext db)
{
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

    /// <returns><c>false</c> when the account no longer exists or is blocked: as a whole, or by every school it has a
    /// role in (a school blocks access to itself only; its blocked roles are left out here, the others keep working).</returns>
    public async Task<bool> LoadAsync(Guid userId, Guid? requestedSchoolId, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new { u.UserName, u.LastName, u.FirstName, u.MiddleName, u.IsSystemAdministrator, u.MustChangePassword, u.IsBlocked })
            .FirstOrDefaultAsync(ct);
        if (user is null || user.IsBlocked)
        {
            return false;
        }

        var memberships = await db.SchoolMemberships.IgnoreQueryFilters().AsNoTracking()
            .Where(m => m.UserId == userId)
            .Select(m => new { m.SchoolId, m.School!.Name, m.School.ShortName, m.School.IsDemo, m.School.TimeZone, m.Role, m.BlockedAt })
            .ToListAsync(ct);
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
            .GroupBy(m => m.SchoolId)
            .Select(g => new SchoolChoice(g.Key, g.First().Name, g.First().ShortName, g.First().IsDemo,
                g.Select(m => m.Role).Order().ToList()) { TimeZone = g.First().TimeZone })
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
}
