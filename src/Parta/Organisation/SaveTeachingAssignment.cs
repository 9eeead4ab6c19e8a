using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Organisation;

public sealed record SaveTeachingAssignmentRequest(
    Guid? Id, Guid AcademicYearId, Guid StaffMemberId, Guid SubjectId, Guid? SchoolClassId, Guid? StudyGroupId, decimal HoursPerWeek);

/// <summary>Saves a line of the teaching load: a teacher teaches a subject to a class or to a group, so many hours a week.</summary>
public sealed class SaveTeachingAssignment(PartaDbContext db, CurrentUser currentUser)
{
    public async Task<OrganisationResult> HandleAsync(SaveTeachingAssignmentRequest request, CancellationToken ct = default)
    {
        var refusals = new List<Refusal>();
        if (!await db.AcademicYears.AnyAsync(y => y.Id == request.AcademicYearId, ct))
        {
            refusals.Add(new Refusal("AcademicYearId", "Выберите учебный год."));
        }

        if (!await db.StaffMembers.AnyAsync(s => s.Id == request.StaffMemberId, ct))
        {
            refusals.Add(new Refusal("StaffMemberId", "Выберите учителя из списка сотрудников."));
        }

        if (!await db.Subjects.AnyAsync(s => s.Id == request.SubjectId, ct))
        {
            refusals.Add(new Refusal("SubjectId", "Выберите предмет."));
        }

        if ((request.SchoolClassId is null) == (request.StudyGroupId is null))
        {
            refusals.Add(new Refusal("Target", "Выберите либо класс, либо группу."));
        }
        else if (request.SchoolClassId is { } classId
                 && !await db.SchoolClasses.AnyAsync(c => c.Id == classId && c.AcademicYearId == request.AcademicYearId, ct))
        {
            refusals.Add(new Refusal("Target", "Выберите класс этого учебного года."));
        }
        else if (request.StudyGroupId is { } groupId
                 && !await db.StudyGroups.AnyAsync(g => g.Id == groupId && g.AcademicYearId == request.AcademicYearId, ct))
        {
            refusals.Add(new Refusal("Target", "Выберите группу этого учебного года."));
        }

        if (request.HoursPerWeek is <= 0 or > 99)
        {
            refusals.Add(new Refusal("HoursPerWeek", "Часы в неделю — больше 0 и не больше 99."));
        }

        if (refusals.Count > 0)
        {
            return OrganisationResult.Refuse(refusals);
        }

        if (await db.TeachingAssignments.AnyAsync(a => a.Id != request.Id && a.AcademicYearId == request.AcademicYearId
                && a.StaffMemberId == request.StaffMemberId && a.SubjectId == request.SubjectId
                && a.SchoolClassId == request.SchoolClassId && a.StudyGroupId == request.StudyGroupId, ct))
        {
            return OrganisationResult.Refuse("", "Такая нагрузка у этого учителя уже есть.");
        }

        TeachingAssignment? assignment;
        if (request.Id is { } id)
        {
            assignment = await db.TeachingAssignments.FirstOrDefaultAsync(a => a.Id == id, ct);
            if (assignment is null)
            {
                return OrganisationResult.Refuse("", "Нагрузка не найдена.");
            }
        }
        else
        {
            assignment = new TeachingAssignment { SchoolId = currentUser.SchoolId!.Value };
            db.TeachingAssignments.Add(assignment);
        }

        assignment.AcademicYearId = request.AcademicYearId;
        assignment.StaffMemberId = request.StaffMemberId;
        assignment.SubjectId = request.SubjectId;
        assignment.SchoolClassId = request.SchoolClassId;
        assignment.StudyGroupId = request.StudyGroupId;
        assignment.HoursPerWeek = request.HoursPerWeek;
        await db.SaveChangesAsync(ct);
        return OrganisationResult.Ok(assignment.Id);
    }
}
