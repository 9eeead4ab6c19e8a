using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Parta.Access;
using Parta.Common;
using Parta.Data;
using Parta.Organisation;
using Parta.People;

namespace Parta.Diary;

/// <summary>A student whose diary is open: who, in which school and class now.</summary>
public sealed record DiaryStudent(
    Guid Id, string FullName, Guid SchoolId, string SchoolName, Guid ClassId, string ClassName, int Grade, Guid AcademicYearId, Guid? UserId);

/// <summary>
/// The one resource rule of the diary. A student is looked for among the signed-in user's schools (a parent's children
/// may be in two schools: the scope switches to the student's school) and opened for: the student themself and their
/// guardians whose rights are not restricted (<see cref="ResourceRules.OfFamily"/>, with diary.view); the administration
/// (journal.view.all); the class teacher of the student's current class (journal.view.class). A withdrawn student (no
/// class), another family's child, another school's student, any other teacher: «Учащийся не найден.» (the existence
/// is private), and the refused attempt on an existing student is written to the access log of the student's school.
/// </summary>
public sealed class DiaryAccess(PartaDbContext db, CurrentUser user, PermissionResolver resolver, TimeProvider time, ILogger<DiaryAccess> logger)
{
    /// <summary>The page name of a refused attempt in the access log.</summary>
    public const string RefusedPage = "Дневник — отказано в доступе";

    public sealed record StudentNotFound() : NotFound("Учащийся не найден.");

    private static readonly Action<ILogger, string?, Guid, Guid, Exception?> LogRefused = LoggerMessage.Define<string?, Guid, Guid>(
        LogLevel.Warning, new EventId(1401, "DiaryRefused"), "Diary refused: user {Login} asked for student {StudentId} of school {SchoolId}");

    private DiaryStudent? _opened;

    /// <summary>
    /// Opens a student's diary for the signed-in user: the student when allowed (the scope is then in the student's
    /// school), else <see cref="StudentNotFound"/>. Asked again for the same student in one scope, it answers from memory.
    /// </summary>
    public async Task<Result<DiaryStudent>> OpenAsync(Guid studentId, CancellationToken ct = default)
    {
        if (_opened is { } opened && opened.Id == studentId)
        {
            return opened;
        }

        if (user.UserId is not { } userId)
        {
            return new StudentNotFound();
        }

        var student = await db.Students.IgnoreQueryFilters().AsNoTracking().Where(s => s.Id == studentId)
            .Select(s => new
            {
                s.Id, s.SchoolId, s.LastName, s.FirstName, s.MiddleName, s.UserId, s.SchoolClassId,
                Grade = (int?)s.SchoolClass!.Grade, Letter = s.SchoolClass.Letter, YearId = (Guid?)s.SchoolClass.AcademicYearId,
                s.SchoolClass.ClassTeacherId,
                School = db.Schools.Where(x => x.Id == s.SchoolId).Select(x => x.Name).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(ct);
        if (student is null)
        {
            return new StudentNotFound();
        }

        var member = student.SchoolId == user.SchoolId
            || await db.SchoolMemberships.IgnoreQueryFilters().AnyAsync(m => m.UserId == userId && m.SchoolId == student.SchoolId && m.BlockedAt == null, ct);
        if (!member || student.SchoolClassId is not { } classId)
        {
            return await RefuseAsync(student.Id, student.SchoolId, ct);
        }

        var previousSchool = user.SchoolId;
        var granted = await resolver.GetAsync(ct);
        if (student.SchoolId != previousSchool)
        {
            user.SwitchSchool(student.SchoolId);

            // The resolver of the scope holds the permissions of the school it was first asked in.
            granted = await new PermissionResolver(db, user).GetAsync(ct);
        }

        if (!await MayOpenAsync(granted, userId, student.Id, student.ClassTeacherId, ct))
        {
            user.SwitchSchool(previousSchool);
            return await RefuseAsync(student.Id, student.SchoolId, ct);
        }

        _opened = new DiaryStudent(
            student.Id, PersonName.Full(student.LastName, student.FirstName, student.MiddleName), student.SchoolId, student.School ?? "",
            classId, SchoolClass.NameOf(student.Grade!.Value, student.Letter!), student.Grade!.Value, student.YearId!.Value, student.UserId);
        return _opened;
    }

    private async Task<bool> MayOpenAsync(EffectivePermissions granted, Guid userId, Guid studentId, Guid? classTeacherId, CancellationToken ct)
    {
        if (granted.Has(Permissions.DiaryView)
            && await db.Students.Where(s => s.Id == studentId).OfFamily(db.Guardianships, userId).AnyAsync(ct))
        {
            return true;
        }

        if (granted.Has(Permissions.JournalViewAll))
        {
            return true;
        }

        return granted.Has(Permissions.JournalViewClass) && classTeacherId is { } teacherId
            && await db.StaffMembers.AnyAsync(s => s.Id == teacherId && s.UserId == userId, ct);
    }

    /// <summary>The refused attempt in the access log of the student's school, and in the server log.</summary>
    private async Task<Result<DiaryStudent>> RefuseAsync(Guid studentId, Guid schoolId, CancellationToken ct)
    {
        LogRefused(logger, user.Login, studentId, schoolId, null);
        using (user.AllowWritesTo(schoolId))
        {
            db.PersonalDataViews.Add(new PersonalDataView
            {
                SchoolId = schoolId,
                At = time.GetUtcNow().UtcDateTime,
                UserId = user.UserId,
                UserLogin = user.Login ?? "",
                SubjectType = nameof(Student),
                SubjectId = studentId,
                Page = RefusedPage,
            });
            await db.SaveChangesAsync(ct);
        }

        return new StudentNotFound();
    }
}
