using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;

namespace Parta.Organisation;

/// <summary>
/// Who may read a class's list, as query helpers (the resource rule on top of permissions, like
/// <see cref="ResourceRules"/>): staff with <see cref="Permissions.PeopleView"/> every class of the school; any other
/// user only the classes they lead as class teacher, or teach (the class itself or one of its groups).
/// </summary>
public static class ClassAccess
{
    /// <summary>The classes whose list this user may read in the current school.</summary>
    public static IQueryable<SchoolClass> ListVisibleTo(
        this IQueryable<SchoolClass> classes, IQueryable<TeachingAssignment> assignments, CurrentUser user, EffectivePermissions permissions)
    {
        if (user.UserId is not { } userId)
        {
            return classes.Where(_ => false);
        }

        return permissions.Has(Permissions.PeopleView)
            ? classes
            : classes.Where(c => c.ClassTeacher!.UserId == userId
                || assignments.Any(a => a.Teacher!.UserId == userId && (a.SchoolClassId == c.Id || a.StudyGroup!.SchoolClassId == c.Id)));
    }

    /// <summary>
    /// The school of a class, when it is one of <paramref name="schools"/> (or any school, for a system administrator):
    /// a class names its school, so a teacher of two schools asks for a class of either with one sign-in. <c>null</c>
    /// when the class does not exist or its school is not the user's: its existence is private.
    /// </summary>
    public static Task<Guid?> SchoolOfAsync(PartaDbContext db, Guid classId, IReadOnlyCollection<Guid> schools, bool anySchool, CancellationToken ct = default) =>
        db.SchoolClasses.IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.Id == classId && (anySchool || schools.Contains(c.SchoolId)))
            .Select(c => (Guid?)c.SchoolId)
            .FirstOrDefaultAsync(ct);
}
