using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Organisation;

/// <summary>
/// What «мои» means for a teacher in a year: the staff cards of the account, the classes they lead as class teacher, and
/// every class they teach (directly, or through one of its groups). Lists that a teacher opens default to these.
/// </summary>
public sealed record TeacherClasses(IReadOnlyList<Guid> StaffIds, IReadOnlyList<Guid> LedClassIds, IReadOnlyList<Guid> TaughtClassIds)
{
    public bool IsTeacher => StaffIds.Count > 0 && (LedClassIds.Count > 0 || TaughtClassIds.Count > 0);

    /// <summary>The classes led or taught, without repeats.</summary>
    public IReadOnlyList<Guid> All => LedClassIds.Concat(TaughtClassIds).Distinct().ToList();

    public static async Task<TeacherClasses> ForUserAsync(PartaDbContext db, Guid? userId, Guid? yearId, CancellationToken ct = default)
    {
        if (userId is null || yearId is null)
        {
            return new([], [], []);
        }

        var staffIds = await db.StaffMembers.AsNoTracking().Where(s => s.UserId == userId).Select(s => s.Id).ToListAsync(ct);
        var led = await db.SchoolClasses.AsNoTracking()
            .Where(c => c.AcademicYearId == yearId && c.ClassTeacherId != null && staffIds.Contains(c.ClassTeacherId.Value))
            .Select(c => c.Id).ToListAsync(ct);
        var taught = await db.TeachingAssignments.AsNoTracking()
            .Where(a => a.AcademicYearId == yearId && staffIds.Contains(a.StaffMemberId))
            .Select(a => a.SchoolClassId ?? a.StudyGroup!.SchoolClassId)
            .Where(id => id != null)
            .Distinct()
            .ToListAsync(ct);
        return new(staffIds, led, taught.Select(id => id!.Value).ToList());
    }
}
