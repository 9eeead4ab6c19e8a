using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Organisation;

/// <summary>
/// Deletes a class, a group or a subject made by mistake — only while nothing refers to it: a class nobody was ever
/// enrolled in, a group nobody was ever a member of, a subject nobody teaches. Anything with history
/// is refused with the reason, so the movement book, the journals and the audit never lose what they point to. The
/// curriculum lines and empty groups of the item go with it, each deletion in the audit history.
/// </summary>
public sealed class DeleteUnused(PartaDbContext db)
{
    public async Task<OrganisationResult> DeleteClassAsync(Guid classId, CancellationToken ct = default)
    {
        var schoolClass = await db.SchoolClasses.FirstOrDefaultAsync(c => c.Id == classId, ct);
        if (schoolClass is null)
        {
            return OrganisationResult.Refuse("", "Класс не найден.");
        }

        var groups = await db.StudyGroups.Where(g => g.SchoolClassId == classId).ToListAsync(ct);
        var groupIds = groups.Select(g => g.Id).ToList();
        var students = await db.ClassEnrolments.AnyAsync(e => e.SchoolClassId == classId, ct)
            || await db.MovementEvents.AnyAsync(e => e.ToClassId == classId || e.FromClassId == classId, ct)
            || await db.Students.AnyAsync(s => s.SchoolClassId == classId, ct)
            || await db.StudyGroupMembers.AnyAsync(m => groupIds.Contains(m.StudyGroupId), ct);
        if (students)
        {
            return OrganisationResult.Refuse("", $"Класс {schoolClass.Name} удалить нельзя: в нём учились или учатся учащиеся (книга движения хранит эти записи).");
        }

        if (await db.TeachingAssignments.AnyAsync(a => a.SchoolClassId == classId || (a.StudyGroupId != null && groupIds.Contains(a.StudyGroupId.Value)), ct))
        {
            return OrganisationResult.Refuse("", $"Класс {schoolClass.Name} удалить нельзя: у него есть учебная нагрузка. Сначала удалите её.");
        }

        db.CurriculumLines.RemoveRange(await db.CurriculumLines.Where(l => l.SchoolClassId == classId).ToListAsync(ct));
        db.StudyGroups.RemoveRange(groups);
        db.SchoolClasses.Remove(schoolClass);
        await db.SaveChangesAsync(ct);
        return OrganisationResult.Ok(classId);
    }

    public async Task<OrganisationResult> DeleteGroupAsync(Guid groupId, CancellationToken ct = default)
    {
        var group = await db.StudyGroups.FirstOrDefaultAsync(g => g.Id == groupId, ct);
        if (group is null)
        {
            return OrganisationResult.Refuse("", "Группа не найдена.");
        }

        if (await db.StudyGroupMembers.AnyAsync(m => m.StudyGroupId == groupId, ct))
        {
            return OrganisationResult.Refuse("", $"Группу «{group.Name}» удалить нельзя: в ней есть или были учащиеся. Сначала исключите их из группы.");
        }

        if (await db.TeachingAssignments.AnyAsync(a => a.StudyGroupId == groupId, ct))
        {
            return OrganisationResult.Refuse("", $"Группу «{group.Name}» удалить нельзя: у неё есть учебная нагрузка. Сначала удалите её.");
        }

        db.StudyGroups.Remove(group);
        await db.SaveChangesAsync(ct);
        return OrganisationResult.Ok(groupId);
    }

    public async Task<OrganisationResult> DeleteSubjectAsync(Guid subjectId, CancellationToken ct = default)
    {
        var subject = await db.Subjects.FirstOrDefaultAsync(s => s.Id == subjectId, ct);
        if (subject is null)
        {
            return OrganisationResult.Refuse("", "Предмет не найден.");
        }

        if (await db.TeachingAssignments.AnyAsync(a => a.SubjectId == subjectId, ct))
        {
            return OrganisationResult.Refuse("", $"Предмет «{subject.Name}» удалить нельзя: по нему есть учебная нагрузка. Сначала удалите её.");
        }

        if (await db.StudyGroups.AnyAsync(g => g.SubjectId == subjectId, ct))
        {
            return OrganisationResult.Refuse("", $"Предмет «{subject.Name}» удалить нельзя: к нему привязаны группы.");
        }

        db.CurriculumLines.RemoveRange(await db.CurriculumLines.Where(l => l.SubjectId == subjectId).ToListAsync(ct));
        db.Subjects.Remove(subject);
        await db.SaveChangesAsync(ct);
        return OrganisationResult.Ok(subjectId);
    }
}
