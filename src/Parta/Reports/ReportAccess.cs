using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Organisation;
using Parta.People;

namespace Parta.Reports;

/// <summary>A class as the reports read it: its name, year, grade and class teacher.</summary>
public sealed record ReportClass(Guid Id, string Name, Guid AcademicYearId, int Grade, Guid? ClassTeacherId, string? ClassTeacher)
{
    /// <summary>«Фамилия И. О.» of the class teacher, for a signature line.</summary>
    public string? ClassTeacherInitials { get; init; }
}

/// <summary>
/// The resource rule of reports. <c>reports.school</c> opens the reports of any class of the current school;
/// <c>reports.class</c> only of the classes whose class teacher is one of the user's staff cards. Another school's class
/// does not exist (404, the school query filter); anyone else gets 403. A student's own reports (the report card, the
/// letter to parents) are also open to the student themself and to their guardians with an account (<c>diary.view</c>).
/// </summary>
public sealed class ReportAccess(PartaDbContext db, CurrentUser user, PermissionResolver permissions)
{
    public sealed record ClassNotFound() : NotFound("Класс не найден.");

    public sealed record StudentNotFound() : NotFound("Учащийся не найден.");

    public sealed record NoReportAccess() : Forbidden("У вас нет доступа к отчётам этого класса.");

    public sealed record NoReports() : Forbidden("У вас нет доступа к отчётам.");

    private IReadOnlyList<Guid>? _staffIds;
    private EffectivePermissions? _permissions;

    public async Task<EffectivePermissions> PermissionsAsync(CancellationToken ct = default) =>
        _permissions ??= await permissions.GetAsync(ct);

    /// <summary>The staff cards of the signed-in account (a person may hold several), read once per request.</summary>
    public async Task<IReadOnlyList<Guid>> StaffIdsAsync(CancellationToken ct = default) =>
        _staffIds ??= await Scheduling.GetMyDay.StaffOfAsync(db, user, ct);

    /// <summary>Whether the user opens class reports at all: of the school's classes, or of the classes they lead.</summary>
    public async Task<bool> SeesClassReportsAsync(CancellationToken ct = default)
    {
        var granted = await PermissionsAsync(ct);
        return granted.Has(Permissions.ReportsSchool) || granted.Has(Permissions.ReportsClass);
    }

    /// <summary>The class, when the user may open its reports: 404 for a class not in the current school, else 403.</summary>
    public async Task<Result<ReportClass>> ClassAsync(Guid classId, CancellationToken ct = default)
    {
        var row = await db.SchoolClasses.AsNoTracking().Where(c => c.Id == classId)
            .Select(c => new
            {
                c.Id, c.Grade, c.Letter, c.AcademicYearId, c.ClassTeacherId,
                TeacherLast = c.ClassTeacher!.LastName, TeacherFirst = c.ClassTeacher.FirstName, TeacherMiddle = c.ClassTeacher.MiddleName,
            })
            .FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return new ClassNotFound();
        }

        if (!await MayOpenAsync(row.ClassTeacherId, ct))
        {
            return new NoReportAccess();
        }

        var teacher = row.ClassTeacherId is null ? null : PersonName.Full(row.TeacherLast, row.TeacherFirst, row.TeacherMiddle);
        return new ReportClass(row.Id, SchoolClass.NameOf(row.Grade, row.Letter), row.AcademicYearId, row.Grade, row.ClassTeacherId, teacher)
        {
            ClassTeacherInitials = row.ClassTeacherId is null ? null : PersonName.WithInitials(row.TeacherLast, row.TeacherFirst, row.TeacherMiddle),
        };
    }

    /// <summary>The classes of the year whose reports the user opens (all with reports.school, else those they lead), in class order.</summary>
    public async Task<IReadOnlyList<ClassChoice>> ClassesAsync(Guid academicYearId, CancellationToken ct = default)
    {
        var granted = await PermissionsAsync(ct);
        var all = await ClassChoices.LoadAsync(db, academicYearId, ct);
        if (granted.Has(Permissions.ReportsSchool))
        {
            return all;
        }

        var led = await LedClassIdsAsync(ct);
        return all.Where(c => led.Contains(c.Id)).ToList();
    }

    /// <summary>The classes the user leads as class teacher (when they hold reports.class): the default of a class teacher's report.</summary>
    public async Task<IReadOnlyList<Guid>> LedClassIdsAsync(CancellationToken ct = default)
    {
        var granted = await PermissionsAsync(ct);
        var staffIds = await StaffIdsAsync(ct);
        if (!granted.Has(Permissions.ReportsClass) || staffIds.Count == 0)
        {
            return [];
        }

        return await db.SchoolClasses.AsNoTracking()
            .Where(c => c.ClassTeacherId != null && staffIds.Contains(c.ClassTeacherId.Value)).Select(c => c.Id).ToListAsync(ct);
    }

    /// <summary>
    /// A student's own report (report card, letter to parents): as their class's report for staff, and for the student
    /// themself or a guardian with an account (diary.view). A student not in the school: 404; another family's child (or
    /// a classmate) for a user who opens no class reports: 404 as well, its existence is private; staff: 403.
    /// </summary>
    public async Task<Result<Guid>> StudentAsync(Guid studentId, Guid? classId, CancellationToken ct = default)
    {
        if (!await db.Students.AnyAsync(s => s.Id == studentId, ct))
        {
            return new StudentNotFound();
        }

        var granted = await PermissionsAsync(ct);
        if (granted.Has(Permissions.DiaryView) && user.UserId is { } userId
            && await db.Students.Where(s => s.Id == studentId).OfFamily(db.Guardianships, userId).AnyAsync(ct))
        {
            return studentId;
        }

        if (classId is { } id)
        {
            var teacherId = await db.SchoolClasses.Where(c => c.Id == id).Select(c => c.ClassTeacherId).FirstOrDefaultAsync(ct);
            if (await MayOpenAsync(teacherId, ct))
            {
                return studentId;
            }
        }

        return await SeesClassReportsAsync(ct) ? new NoReportAccess() : new StudentNotFound();
    }

    private async Task<bool> MayOpenAsync(Guid? classTeacherId, CancellationToken ct)
    {
        var granted = await PermissionsAsync(ct);
        if (granted.Has(Permissions.ReportsSchool))
        {
            return true;
        }

        return granted.Has(Permissions.ReportsClass) && classTeacherId is { } teacherId && (await StaffIdsAsync(ct)).Contains(teacherId);
    }
}
