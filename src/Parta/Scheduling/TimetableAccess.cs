using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Scheduling;

/// <summary>A student whose timetable a family member opens: a parent's child, or a student themself.</summary>
public sealed record FamilyStudent(Guid Id, string FullName, Guid? ClassId, string? ClassName, bool IsSelf);

/// <summary>
/// Who is looking at a timetable, and what they may see in the current school (the resource rule on top of
/// <see cref="Permissions.ScheduleView"/>): staff see every class, teacher, room and student of the school; a parent
/// sees their children and their children's classes; a student sees themself and their class. Anything else does not
/// exist for them (404).
/// </summary>
public sealed class TimetableViewer
{
    public required bool WholeSchool { get; init; }

    /// <summary>The user's staff cards in the school (a teacher's own timetable).</summary>
    public required IReadOnlyList<Guid> StaffIds { get; init; }

    /// <summary>The students the user sees through the family side, in Russian alphabetical order.</summary>
    public required IReadOnlyList<FamilyStudent> Family { get; init; }

    public FamilyStudent? Self => Family.FirstOrDefault(f => f.IsSelf);

    public IReadOnlyList<FamilyStudent> Children => Family.Where(f => !f.IsSelf).ToList();

    public async Task<bool> MaySeeAsync(PartaDbContext db, LessonsOf of, Guid id, CancellationToken ct = default)
    {
        if (WholeSchool)
        {
            return of switch
            {
                LessonsOf.Class => await db.SchoolClasses.AnyAsync(c => c.Id == id, ct),
                LessonsOf.Teacher => await db.StaffMembers.AnyAsync(s => s.Id == id, ct),
                LessonsOf.Room => await db.Rooms.AnyAsync(r => r.Id == id, ct),
                LessonsOf.Student => await db.Students.AnyAsync(s => s.Id == id, ct),
                _ => false,
            };
        }

        return of switch
        {
            LessonsOf.Student => Family.Any(f => f.Id == id),
            LessonsOf.Class => Family.Any(f => f.ClassId == id),
            _ => false,
        };
    }
}

public static class TimetableAccess
{
    public static async Task<TimetableViewer> ViewerAsync(PartaDbContext db, CurrentUser user, PermissionResolver resolver, CancellationToken ct = default)
    {
        var permissions = await resolver.GetAsync(ct);
        if (!permissions.Has(Permissions.ScheduleView))
        {
            return new TimetableViewer { WholeSchool = false, StaffIds = [], Family = [] };
        }

        var wholeSchool = permissions.IsSystemAdministrator || permissions.Roles.Any(CreateAccounts.StaffRoles.Contains);
        if (user.UserId is not { } userId)
        {
            return new TimetableViewer { WholeSchool = wholeSchool, StaffIds = [], Family = [] };
        }

        var staffIds = await db.StaffMembers.AsNoTracking().Where(s => s.UserId == userId).Select(s => s.Id).ToListAsync(ct);
        return new TimetableViewer { WholeSchool = wholeSchool, StaffIds = staffIds, Family = await FamilyAsync(db, userId, ct) };
    }

    /// <summary>The students a user sees through the family side in the current school (<see cref="ResourceRules.OfFamily"/>).</summary>
    public static async Task<IReadOnlyList<FamilyStudent>> FamilyAsync(PartaDbContext db, Guid userId, CancellationToken ct = default)
    {
        var rows = await db.Students.AsNoTracking()
            .OfFamily(db.Guardianships, userId)
            .Select(s => new { s.Id, s.LastName, s.FirstName, s.MiddleName, s.SchoolClassId, Grade = (int?)s.SchoolClass!.Grade, s.SchoolClass.Letter, s.UserId })
            .ToListAsync(ct);
        return rows
            .Select(r => new FamilyStudent(r.Id, PersonName.Full(r.LastName, r.FirstName, r.MiddleName), r.SchoolClassId,
                r.Grade is { } g ? SchoolClass.NameOf(g, r.Letter!) : null, r.UserId == userId))
            .OrderBy(f => f.IsSelf ? 0 : 1).ThenBy(f => f.FullName, RussianCulture.Collation)
            .ToList();
    }
}
