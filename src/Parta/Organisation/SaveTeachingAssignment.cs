using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Scheduling;

namespace Parta.Organisation;

/// <summary>Saves a line of the teaching load: a teacher teaches a subject to a class or to a group, so many hours a week.</summary>
public sealed class SaveTeachingAssignment(PartaDbContext db, CurrentUser currentUser, RefreshLessons refresh, TimeProvider time)
{
    /// <param name="SchoolClassId">The class taught; exactly one of it and <paramref name="StudyGroupId"/>.</param>
    /// <param name="HoursPerWeek">Hours per week as typed («4,5»).</param>
    /// <param name="Version">The assignment's version the form was opened with (null: no check).</param>
    public sealed record Request(
        Guid? Id, Guid AcademicYearId, Guid? StaffMemberId, Guid? SubjectId, Guid? SchoolClassId, Guid? StudyGroupId, string? HoursPerWeek,
        uint? Version = null);

    public sealed record AssignmentNotFound() : NotFound("Нагрузка не найдена.");

    public sealed record YearNotFound() : Invalid("Выберите учебный год.", nameof(Request.AcademicYearId));

    public sealed record TeacherNotFound() : Invalid("Выберите учителя из списка сотрудников.", nameof(Request.StaffMemberId));

    public sealed record SubjectNotFound() : Invalid("Выберите предмет.", nameof(Request.SubjectId));

    public sealed record ClassOrGroup() : Invalid("Выберите либо класс, либо группу.", nameof(Request.SchoolClassId));

    public sealed record ClassNotOfYear() : Invalid("Выберите класс этого учебного года.", nameof(Request.SchoolClassId));

    public sealed record GroupNotOfYear() : Invalid("Выберите группу этого учебного года.", nameof(Request.SchoolClassId));

    public sealed record NotHours()
        : Invalid($"Введите число часов в неделю больше 0 и не больше {Hours.Show(Hours.Max)}, например 5 или 0,5.", nameof(Request.HoursPerWeek));

    public sealed record Duplicate() : Invalid("Такая нагрузка у этого учителя уже есть.");

    /// <summary>The rule of an assignment's hours, for the form and the import alike: more than 0, and <see cref="Hours.IsValid"/>.</summary>
    public static void CheckHours(Checks checks, decimal hours)
    {
        if (hours <= 0 || !Hours.IsValid(hours))
        {
            checks.Add(new NotHours());
        }
    }

    public async Task<Result<TeachingAssignment>> HandleAsync(Request request, CancellationToken ct = default)
    {
        TeachingAssignment? assignment = null;
        if (request.Id is { } id)
        {
            assignment = await db.TeachingAssignments.FirstOrDefaultAsync(a => a.Id == id, ct);
            if (assignment is null)
            {
                return new AssignmentNotFound();
            }

            if (db.Expect(assignment, request.Version) is { } stale)
            {
                return stale;
            }
        }

        var checks = new Checks();
        if (!await db.AcademicYears.AnyAsync(y => y.Id == request.AcademicYearId, ct))
        {
            checks.Add(new YearNotFound());
        }

        if (request.StaffMemberId is not { } staffId || !await db.StaffMembers.AnyAsync(s => s.Id == staffId, ct))
        {
            checks.Add(new TeacherNotFound());
        }

        if (request.SubjectId is not { } subjectId || !await db.Subjects.AnyAsync(s => s.Id == subjectId, ct))
        {
            checks.Add(new SubjectNotFound());
        }

        if ((request.SchoolClassId is null) == (request.StudyGroupId is null))
        {
            checks.Add(new ClassOrGroup());
        }
        else if (request.SchoolClassId is { } classId
                 && !await db.SchoolClasses.AnyAsync(c => c.Id == classId && c.AcademicYearId == request.AcademicYearId, ct))
        {
            checks.Add(new ClassNotOfYear());
        }
        else if (request.StudyGroupId is { } groupId
                 && !await db.StudyGroups.AnyAsync(g => g.Id == groupId && g.AcademicYearId == request.AcademicYearId, ct))
        {
            checks.Add(new GroupNotOfYear());
        }

        if (!Hours.TryParse(request.HoursPerWeek, out var hours))
        {
            checks.Add(new NotHours());
        }
        else
        {
            CheckHours(checks, hours);
        }

        if (checks.Failed)
        {
            return checks.Refusal<TeachingAssignment>();
        }

        if (await db.TeachingAssignments.AnyAsync(a => a.Id != request.Id && a.AcademicYearId == request.AcademicYearId
                && a.StaffMemberId == request.StaffMemberId && a.SubjectId == request.SubjectId
                && a.SchoolClassId == request.SchoolClassId && a.StudyGroupId == request.StudyGroupId, ct))
        {
            return new Duplicate();
        }

        if (assignment is null)
        {
            assignment = new TeachingAssignment { SchoolId = currentUser.SchoolId!.Value };
            db.TeachingAssignments.Add(assignment);
        }

        var teacherChanged = db.Entry(assignment).State != EntityState.Added && assignment.StaffMemberId != request.StaffMemberId!.Value;
        assignment.AcademicYearId = request.AcademicYearId;
        assignment.StaffMemberId = request.StaffMemberId!.Value;
        assignment.SubjectId = request.SubjectId!.Value;
        assignment.SchoolClassId = request.SchoolClassId;
        assignment.StudyGroupId = request.StudyGroupId;
        assignment.HoursPerWeek = hours;
        if (!teacherChanged)
        {
            return await db.TrySaveAsync(ct) is { } conflict ? conflict : assignment;
        }

        // Another teacher takes the load over: its lessons still to come are theirs (the past ones stay with who gave them).
        var today = await SchoolClock.TodayAsync(db, time, ct);
        var year = await db.AcademicYears.AsNoTracking().FirstAsync(y => y.Id == request.AcademicYearId, ct);
        var affected = LessonsFollow.Future(today, year.Start, year.End, [assignment.Id]);
        return await LessonsFollow.SaveAsync(db, refresh, affected, ct) is { } refused ? refused : assignment;
    }
}
