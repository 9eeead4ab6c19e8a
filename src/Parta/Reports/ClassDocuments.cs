using Microsoft.EntityFrameworkCore;
using Parta.Common;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Reports;

/// <summary>The heading every printed document of a class carries: the school, the class, the year and its class teacher.</summary>
public sealed record ClassHeading(string School, string ClassName, string Year, DateOnly YearStart, DateOnly YearEnd, string? ClassTeacher);

/// <summary>A student as a class document lists them.</summary>
public sealed record DocumentStudent(Guid Id, string LastName, string FirstName, string? MiddleName)
{
    public string FullName => PersonName.Full(LastName, FirstName, MiddleName);

    /// <summary>«Фамилия И.»: the paper journal's form.</summary>
    public string WithInitial => FirstName.Length > 0 ? $"{LastName} {FirstName[0]}." : LastName;
}

/// <summary>
/// What the class documents (journal archive, report cards, letters to parents) read alike: the heading, the class's
/// periods, its teaching assignments (the class's own and its groups'), and its list on a day.
/// </summary>
public static class ClassDocuments
{
    public static async Task<ClassHeading> HeadingAsync(PartaDbContext db, ReportClass schoolClass, CancellationToken ct)
    {
        var row = await (from c in db.SchoolClasses
                         join y in db.AcademicYears on c.AcademicYearId equals y.Id
                         join s in db.Schools on c.SchoolId equals s.Id
                         where c.Id == schoolClass.Id
                         select new
                         {
                             School = s.Name, Year = y.Name, y.Start, y.End,
                             Teacher = c.ClassTeacher == null ? null : new { c.ClassTeacher.LastName, c.ClassTeacher.FirstName, c.ClassTeacher.MiddleName },
                         }).AsNoTracking().FirstAsync(ct);
        return new ClassHeading(row.School, schoolClass.Name, row.Year, row.Start, row.End,
            row.Teacher is { } t ? PersonName.Full(t.LastName, t.FirstName, t.MiddleName) : null);
    }

    /// <summary>
    /// The student's class in the year (the last class they were enrolled in that year), without a rule of access: the
    /// caller asks <see cref="ReportAccess.StudentAsync"/> with it.
    /// </summary>
    public static async Task<ReportClass?> StudentClassAsync(PartaDbContext db, Guid studentId, Guid yearId, CancellationToken ct)
    {
        var row = await (from e in db.ClassEnrolments
                         join c in db.SchoolClasses on e.SchoolClassId equals c.Id
                         where e.StudentId == studentId && c.AcademicYearId == yearId
                         orderby e.From descending
                         select new { c.Id, c.Grade, c.Letter, c.AcademicYearId, c.ClassTeacherId }).AsNoTracking().FirstOrDefaultAsync(ct);
        return row is null ? null : new ReportClass(row.Id, SchoolClass.NameOf(row.Grade, row.Letter), row.AcademicYearId, row.Grade, row.ClassTeacherId, null);
    }

    /// <summary>
    /// The teaching assignments whose journals are the class's: its own, those of its groups, and those of groups without
    /// a class of their own that some student of the class is a member of.
    /// </summary>
    public static IQueryable<TeachingAssignment> Assignments(PartaDbContext db, Guid classId) =>
        db.TeachingAssignments.Where(a => a.SchoolClassId == classId
            || (a.StudyGroupId != null && (a.StudyGroup!.SchoolClassId == classId
                || (a.StudyGroup.SchoolClassId == null && db.StudyGroupMembers.Any(m => m.StudyGroupId == a.StudyGroupId
                    && db.ClassEnrolments.Any(e => e.StudentId == m.StudentId && e.SchoolClassId == classId))))));

    /// <summary>
    /// The students on the class's list on the day (<see cref="ClassPeriodStudents"/>: From ≤ day &lt; Until), in the
    /// journal's order.
    /// </summary>
    public static async Task<IReadOnlyList<DocumentStudent>> StudentsOnAsync(PartaDbContext db, Guid classId, DateOnly day, CancellationToken ct)
    {
        var ids = ClassPeriodStudents.Ids(db, classId, day);
        var students = await db.Students.AsNoTracking().Where(s => ids.Contains(s.Id))
            .Select(s => new DocumentStudent(s.Id, s.LastName, s.FirstName, s.MiddleName)).ToListAsync(ct);
        return Sorted(students);
    }

    public static IReadOnlyList<DocumentStudent> Sorted(IEnumerable<DocumentStudent> students) =>
        students.OrderBy(s => s.FullName, RussianCulture.Collation).ThenBy(s => s.Id).ToList();
}
