using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Organisation;

public sealed record SaveStudyGroupRequest(
    Guid? Id, Guid AcademicYearId, string Name, Guid? SchoolClassId, Guid? SubjectId, IReadOnlyCollection<Guid> StudentIds);

/// <summary>
/// Saves a group with its members: a part of one class (then every member is of that class) or students of
/// several classes (an elective).
/// </summary>
public sealed class SaveStudyGroup(PartaDbContext db, CurrentUser currentUser)
{
    public async Task<OrganisationResult> HandleAsync(SaveStudyGroupRequest request, CancellationToken ct = default)
    {
        var refusals = new List<Refusal>();
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            refusals.Add(new Refusal("Name", "Введите название группы, например «Английский язык, 1 группа»."));
        }

        if (!await db.AcademicYears.AnyAsync(y => y.Id == request.AcademicYearId, ct))
        {
            refusals.Add(new Refusal("AcademicYearId", "Выберите учебный год."));
        }

        if (request.SchoolClassId is { } classId
            && !await db.SchoolClasses.AnyAsync(c => c.Id == classId && c.AcademicYearId == request.AcademicYearId, ct))
        {
            refusals.Add(new Refusal("SchoolClassId", "Выберите класс этого учебного года."));
        }

        if (request.SubjectId is { } subjectId && !await db.Subjects.AnyAsync(s => s.Id == subjectId, ct))
        {
            refusals.Add(new Refusal("SubjectId", "Выберите предмет из списка."));
        }

        var ids = request.StudentIds.Distinct().ToList();
        var students = await db.Students.Where(s => ids.Contains(s.Id)).Select(s => new { s.Id, s.SchoolClassId, s.LastName, s.FirstName }).ToListAsync(ct);
        if (students.Count != ids.Count)
        {
            refusals.Add(new Refusal("StudentIds", "Некоторые выбранные учащиеся не найдены."));
        }

        if (request.SchoolClassId is { } ownClass)
        {
            foreach (var s in students.Where(s => s.SchoolClassId != ownClass))
            {
                refusals.Add(new Refusal("StudentIds", $"{s.LastName} {s.FirstName} учится не в этом классе: группа класса — только из его учащихся."));
            }
        }

        if (refusals.Count > 0)
        {
            return OrganisationResult.Refuse(refusals);
        }

        StudyGroup? group;
        if (request.Id is { } id)
        {
            group = await db.StudyGroups.FirstOrDefaultAsync(g => g.Id == id, ct);
            if (group is null)
            {
                return OrganisationResult.Refuse("", "Группа не найдена.");
            }
        }
        else
        {
            group = new StudyGroup { SchoolId = currentUser.SchoolId!.Value, Name = request.Name.Trim() };
            db.StudyGroups.Add(group);
        }

        group.AcademicYearId = request.AcademicYearId;
        group.Name = request.Name.Trim();
        group.SchoolClassId = request.SchoolClassId;
        group.SubjectId = request.SubjectId;

        // Current members not chosen any more are removed; past memberships (ended by the movement book) stay as history,
        // and a former member chosen again is a member again.
        var members = await db.StudyGroupMembers.Where(m => m.StudyGroupId == group.Id).ToListAsync(ct);
        db.StudyGroupMembers.RemoveRange(members.Where(m => m.Until == null && !ids.Contains(m.StudentId)));
        foreach (var former in members.Where(m => m.Until != null && ids.Contains(m.StudentId)))
        {
            former.Until = null;
        }

        foreach (var studentId in ids.Where(i => members.All(m => m.StudentId != i)))
        {
            db.StudyGroupMembers.Add(new StudyGroupMember { SchoolId = group.SchoolId, StudyGroupId = group.Id, StudentId = studentId });
        }

        await db.SaveChangesAsync(ct);
        return OrganisationResult.Ok(group.Id);
    }
}
