using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Access;

/// <summary>
/// Which logins a school shares with other schools of the deployment: a login with a role in another school, or that is
/// the account of a student's, guardian's or staff member's card there (a parent with children in two schools, a teacher
/// who works in two). A school manages access to itself only; what acts on the whole login (its password) belongs to
/// the person themselves or the deployment's administrator when the login is shared. Only the answer «shared» leaves
/// this query, never which other school it is.
/// </summary>
public static class SharedLogins
{
    public const string WhoMayChangeThePassword =
        "Этим логином пользуются и в другой школе, поэтому сменить его пароль может только сам владелец (на странице «Учётная запись») или администратор системы.";

    /// <summary>The logins among <paramref name="userIds"/> that are used outside <paramref name="schoolId"/>.</summary>
    /// <param name="userIds">A query of user ids; it must filter by school itself if it reads school data (the tenancy
    /// filter is off in this query, since it looks at other schools).</param>
    public static IQueryable<Guid> Among(PartaDbContext db, Guid schoolId, IQueryable<Guid> userIds) =>
        userIds.Where(id =>
            db.SchoolMemberships.IgnoreQueryFilters().Any(m => m.UserId == id && m.SchoolId != schoolId)
            || db.Students.IgnoreQueryFilters().Any(s => s.UserId == id && s.SchoolId != schoolId)
            || db.Guardians.IgnoreQueryFilters().Any(g => g.UserId == id && g.SchoolId != schoolId)
            || db.StaffMembers.IgnoreQueryFilters().Any(s => s.UserId == id && s.SchoolId != schoolId));

    /// <summary>The logins of the school's people (with a role in it) that are used in another school too.</summary>
    public static async Task<HashSet<Guid>> OfSchoolAsync(PartaDbContext db, Guid schoolId, CancellationToken ct = default) =>
        (await Among(db, schoolId, db.SchoolMemberships.Where(m => m.SchoolId == schoolId).Select(m => m.UserId).Distinct())
            .ToListAsync(ct)).ToHashSet();
}
