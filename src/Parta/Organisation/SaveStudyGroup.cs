using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Organisation;

/// <summary>
/// Saves a group with its members: a part of one class (then every member is of that class) or students of
/// several classes (an elective).
/// </summary>
public sealed class SaveStudyGroup(PartaDbContext db, CurrentUser currentUser)
{
    /// <param name="Version">The group's version the form was opened with (null: no check).</param>
    public sealed record Request(
        Guid? Id, Guid AcademicYearId, string? Name, Guid? SchoolClassId, Guid? SubjectId, IReadOnlyCollection<Guid> StudentIds, uint? Version = null);

    public sealed record GroupNotFound() : NotFound("Группа не найдена.");

    public sealed record YearNotFound() : Invalid("Выберите учебный год.", nameof(Request.AcademicYearId));

    public sealed record ClassNotOfYear() : Invalid("Выберите класс этого учебного года.", nameof(Request.SchoolClassId));

    public sealed record SubjectNotFound() : Invalid("Выберите предмет из списка.", nameof(Request.SubjectId));

    public sealed record StudentsNotFound() : Invalid("Некоторые выбранные учащиеся не найдены.", nameof(Request.StudentIds));

    public sealed record NotOfTheClass(string FullName)
        : Invalid($"{FullName} учится не в этом классе: группа класса — только из его учащихся.", nameof(Request.StudentIds));

    public async Task<Result<StudyGroup>> HandleAsync(Request request, CancellationToken ct = default)
    {
        StudyGroup? group = null;
        if (request.Id is { } id)
        {
            group = await db.StudyGroups.FirstOrDefaultAsync(g => g.Id == id, ct);
            if (group is null)
            {
                return new GroupNotFound();
            }

            if (db.Expect(group, request.Version) is { } stale)
            {
                return stale;
            }
        }

        var checks = new Checks();
        var name = checks.Required(request.Name, nameof(Request.Name), "Название группы", 100);
        if (!await db.AcademicYears.AnyAsync(y => y.Id == request.AcademicYearId, ct))
        {
            checks.Add(new YearNotFound());
        }

        if (request.SchoolClassId is { } classId
            && !await db.SchoolClasses.AnyAsync(c => c.Id == classId && c.AcademicYearId == request.AcademicYearId, ct))
        {
            checks.Add(new ClassNotOfYear());
        }

        if (request.SubjectId is { } subjectId && !await db.Subjects.AnyAsync(s => s.Id == subjectId, ct))
        {
            checks.Add(new SubjectNotFound());
        }

        var ids = request.StudentIds.Distinct().ToList();
        var students = await db.Students.Where(s => ids.Contains(s.Id)).Select(s => new { s.Id, s.SchoolClassId, s.LastName, s.FirstName }).ToListAsync(ct);
        if (students.Count != ids.Count)
        {
            checks.Add(new StudentsNotFound());
        }

        if (request.SchoolClassId is { } ownClass)
        {
            foreach (var s in students.Where(s => s.SchoolClassId != ownClass))
            {
                checks.Add(new NotOfTheClass($"{s.LastName} {s.FirstName}"));
            }
        }

        if (checks.Failed)
        {
            return checks.Refusal<StudyGroup>();
        }

        if (group is null)
        {
            group = new StudyGroup { SchoolId = currentUser.SchoolId!.Value, Name = name };
            db.StudyGroups.Add(group);
        }

        group.AcademicYearId = request.AcademicYearId;
        group.Name = name;
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

        if (request.Id is not null)
        {
            // The group's row is written with every change of its members, so its version guards them too.
            db.Entry(group).State = EntityState.Modified;
        }

        return await db.TrySaveAsync(ct) is { } conflict ? conflict : group;
    }
}
