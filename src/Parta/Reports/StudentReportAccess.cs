using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Common;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Reports;

/// <summary>A class as the printed documents name it.</summary>
public sealed record ReportClass(Guid Id, string Name, int Grade, Guid AcademicYearId, Guid? ClassTeacherId);

/// <summary>
/// Who may print a class's documents (the journal archive, the class's report cards and letters) and one student's
/// (the report card, the letter): the reports' rule for the class (reports.school: any class of the school;
/// reports.class: the classes the user leads as class teacher), and for one student also the family side — a parent
/// their own children (a guardian linked to their account), a student themself. Another school's class or student is
/// not found (the school filter); another family's child is not found either (its existence is private), a class or
/// student the staff member may not print is forbidden.
/// </summary>
public sealed class StudentReportAccess(PartaDbContext db, CurrentUser user, PermissionResolver permissions)
{
    public sealed record ClassNotFound() : NotFound("Класс не найден.");

    public sealed record StudentNotFound() : NotFound("Учащийся не найден.");

    public sealed record NotYourClass() : Forbidden("Отчёты этого класса печатают его классный руководитель и администрация школы.");

    public sealed record NoReports() : Forbidden("Отчёты по классам доступны классным руководителям и администрации школы.");

    /// <summary>Whether the user prints class documents at all (reports.school or reports.class).</summary>
    public static bool MayPrintClasses(EffectivePermissions granted) =>
        granted.Has(Permissions.ReportsSchool) || granted.Has(Permissions.ReportsClass);

    /// <summary>Refuses a user who prints no class documents (neither reports.school nor reports.class).</summary>
    public async Task<Result<Done>> MayPrintClassesAsync(CancellationToken ct = default) =>
        MayPrintClasses(await permissions.GetAsync(ct)) ? Done.Value : new NoReports();

    /// <summary>
    /// The classes of a year whose documents the user may print: all with reports.school, those they lead with
    /// reports.class; refused for a user with neither.
    /// </summary>
    public async Task<Result<IReadOnlyList<ClassChoice>>> PrintableClassesAsync(Guid yearId, CancellationToken ct = default)
    {
        var granted = await permissions.GetAsync(ct);
        if (!MayPrintClasses(granted))
        {
            return new NoReports();
        }

        var classes = await ClassChoices.LoadAsync(db, yearId, ct);
        if (granted.Has(Permissions.ReportsSchool))
        {
            return Result.Ok<IReadOnlyList<ClassChoice>>(classes);
        }

        var led = await db.SchoolClasses.Where(c => c.AcademicYearId == yearId && c.ClassTeacher!.UserId == user.UserId && user.UserId != null)
            .Select(c => c.Id).ToListAsync(ct);
        return Result.Ok<IReadOnlyList<ClassChoice>>(classes.Where(c => led.Contains(c.Id)).ToList());
    }

    /// <summary>The class, when the user may print its documents.</summary>
    public async Task<Result<ReportClass>> ClassAsync(Guid classId, CancellationToken ct = default)
    {
        var granted = await permissions.GetAsync(ct);
        if (!MayPrintClasses(granted))
        {
            return new NoReports();
        }

        var found = await db.SchoolClasses.AsNoTracking().Where(c => c.Id == classId)
            .Select(c => new { c.Id, c.Grade, c.Letter, c.AcademicYearId, c.ClassTeacherId }).FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return new ClassNotFound();
        }

        if (!await MayPrintClassAsync(granted, found.ClassTeacherId, ct))
        {
            return new NotYourClass();
        }

        return new ReportClass(found.Id, SchoolClass.NameOf(found.Grade, found.Letter), found.Grade, found.AcademicYearId, found.ClassTeacherId);
    }

    /// <summary>
    /// The student's class in the year (the last class they were enrolled in that year), when the user may print the
    /// student's documents: the reports' rule for that class, or the family side.
    /// </summary>
    public async Task<Result<ReportClass>> StudentAsync(Guid studentId, Guid yearId, CancellationToken ct = default)
    {
        var exists = await db.Students.AnyAsync(s => s.Id == studentId, ct);
        if (!exists)
        {
            return new StudentNotFound();
        }

        var granted = await permissions.GetAsync(ct);
        var family = user.UserId is { } userId
            && await db.Students.Where(s => s.Id == studentId).OfFamily(db.Guardianships, userId).AnyAsync(ct);
        var inClass = await (from e in db.ClassEnrolments
                             join c in db.SchoolClasses on e.SchoolClassId equals c.Id
                             where e.StudentId == studentId && c.AcademicYearId == yearId
                             orderby e.From descending
                             select new { c.Id, c.Grade, c.Letter, c.AcademicYearId, c.ClassTeacherId })
            .AsNoTracking().FirstOrDefaultAsync(ct);
        var staff = MayPrintClasses(granted);
        if (!family && !(inClass is not null && await MayPrintClassAsync(granted, inClass.ClassTeacherId, ct)))
        {
            // A family account learns nothing about other children; staff see that the student exists.
            return staff ? new NotYourClass() : new StudentNotFound();
        }

        if (inClass is null)
        {
            return new StudentNotFound();
        }

        return new ReportClass(inClass.Id, SchoolClass.NameOf(inClass.Grade, inClass.Letter), inClass.Grade, inClass.AcademicYearId, inClass.ClassTeacherId);
    }

    /// <summary>The reports' rule for a class: reports.school, or reports.class for its class teacher.</summary>
    private async Task<bool> MayPrintClassAsync(EffectivePermissions granted, Guid? classTeacherId, CancellationToken ct)
    {
        if (granted.Has(Permissions.ReportsSchool))
        {
            return true;
        }

        if (!granted.Has(Permissions.ReportsClass) || classTeacherId is null || user.UserId is not { } userId)
        {
            return false;
        }

        return await db.StaffMembers.AnyAsync(s => s.Id == classTeacherId && s.UserId == userId, ct);
    }
}
