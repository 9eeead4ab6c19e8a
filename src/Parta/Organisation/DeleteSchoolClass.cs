using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Organisation;

/// <summary>
/// Deletes a class made by mistake — only while nothing refers to it: nobody was ever enrolled in it or in its groups,
/// and nobody teaches it. A class with history is refused with the reason, so the movement book, the journals and the
/// audit never lose what they point to. Its curriculum lines and empty groups go with it, each deletion in the audit history.
/// </summary>
public sealed class DeleteSchoolClass(PartaDbContext db)
{
    public sealed record Request(Guid ClassId);

    public sealed record ClassNotFound() : NotFound("Класс не найден.");

    public sealed record HasStudents(string Name)
        : Conflict($"Класс {Name} удалить нельзя: в нём учились или учатся учащиеся (книга движения хранит эти записи).");

    public sealed record HasAssignments(string Name)
        : Conflict($"Класс {Name} удалить нельзя: у него есть учебная нагрузка. Сначала удалите её.");

    /// <returns>The deleted class (its name and year, for the message and the way back).</returns>
    public async Task<Result<SchoolClass>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var classId = request.ClassId;
        var schoolClass = await db.SchoolClasses.FirstOrDefaultAsync(c => c.Id == classId, ct);
        if (schoolClass is null)
        {
            return new ClassNotFound();
        }

        var groups = db.StudyGroups.Where(g => g.SchoolClassId == classId);
        var students = await db.ClassEnrolments.AnyAsync(e => e.SchoolClassId == classId, ct)
            || await db.MovementEvents.AnyAsync(e => e.ToClassId == classId || e.FromClassId == classId, ct)
            || await db.Students.AnyAsync(s => s.SchoolClassId == classId, ct)
            || await db.StudyGroupMembers.AnyAsync(m => groups.Any(g => g.Id == m.StudyGroupId), ct);
        if (students)
        {
            return new HasStudents(schoolClass.Name);
        }

        if (await db.TeachingAssignments.AnyAsync(a => a.SchoolClassId == classId || groups.Any(g => g.Id == a.StudyGroupId), ct))
        {
            return new HasAssignments(schoolClass.Name);
        }

        await db.RemoveAllAsync(db.CurriculumLines.Where(l => l.SchoolClassId == classId), ct);
        await db.RemoveAllAsync(groups, ct);
        db.SchoolClasses.Remove(schoolClass);
        return await db.TrySaveAsync(ct) is { } conflict ? conflict : schoolClass;
    }
}
