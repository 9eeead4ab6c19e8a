using Parta.Data;
using Parta.People;

namespace Parta.Access;

/// <summary>
/// The relationship rules that apply on top of permissions, as query helpers: every module asks here
/// which rows a user may see, never writes its own copy of the rule.
/// </summary>
public static class ResourceRules
{
    /// <summary>
    /// The students whose data this user may see through the family side: their children, or themself. A guardianship the
    /// school has restricted (<see cref="Guardianship.Restricted"/>) gives nothing.
    /// </summary>
    public static IQueryable<Student> OfFamily(this IQueryable<Student> students, IQueryable<Guardianship> guardianships, Guid userId) =>
        students.Where(s => s.UserId == userId || guardianships.Any(g => g.StudentId == s.Id && g.Guardian!.UserId == userId && !g.Restricted));

    /// <summary>
    /// The students visible to the user in the current school: staff with the permission see all of the school
    /// (the tenancy filter keeps it to the current school), a parent only their children, a student only themself.
    /// </summary>
    public static IQueryable<Student> VisibleTo(
        this IQueryable<Student> students, IQueryable<Guardianship> guardianships, CurrentUser user, EffectivePermissions permissions)
    {
        if (user.UserId is not { } userId)
        {
            return students.Where(_ => false);
        }

        return permissions.Has(Permissions.PeopleView) ? students : students.OfFamily(guardianships, userId);
    }

    /// <summary>The students of the classes whose class teacher (классный руководитель) has this account.</summary>
    public static IQueryable<Student> InClassOfTeacher(this IQueryable<Student> students, Guid userId) =>
        students.Where(s => s.SchoolClass!.ClassTeacher!.UserId == userId);

    /// <summary>
    /// The students whose personal card the user may open: all of the school with <see cref="Permissions.StudentCardView"/>,
    /// else only those of the user's own class as its class teacher.
    /// </summary>
    public static IQueryable<Student> CardVisibleTo(this IQueryable<Student> students, CurrentUser user, EffectivePermissions permissions)
    {
        if (user.UserId is not { } userId)
        {
            return students.Where(_ => false);
        }

        return permissions.Has(Permissions.StudentCardView) ? students : students.InClassOfTeacher(userId);
    }
}
