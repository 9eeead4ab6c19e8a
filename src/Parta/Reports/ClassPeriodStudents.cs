using Microsoft.EntityFrameworkCore;
using Parta.Common;
using Parta.Data;

namespace Parta.Reports;

/// <summary>A student as a report lists them: «Фамилия Имя Отчество».</summary>
public sealed record ReportStudent(Guid Id, string FullName);

/// <summary>
/// The students a class's report for a period counts: those in the class (the movement book's enrolments, From ≤ d &lt;
/// Until) on the counting day d — the period's last day, or today while the period has not ended. A student who arrived
/// during the period counts; one who left or moved to another class before d does not. Every report of a class and
/// period counts its students here.
/// </summary>
public static class ClassPeriodStudents
{
    /// <summary>The counting day: the period's last day, or today when the period has not ended yet.</summary>
    public static DateOnly CountingDay(DateOnly periodEnd, DateOnly today) => periodEnd <= today ? periodEnd : today;

    /// <summary>The counted students' ids, as a query to compose with.</summary>
    public static IQueryable<Guid> Ids(PartaDbContext db, Guid classId, DateOnly countingDay) =>
        db.ClassEnrolments.Where(e => e.SchoolClassId == classId && e.From <= countingDay && (e.Until == null || e.Until > countingDay))
            .Select(e => e.StudentId).Distinct();

    /// <summary>The counted students with their names, in Russian alphabetical order.</summary>
    public static async Task<IReadOnlyList<ReportStudent>> LoadAsync(PartaDbContext db, Guid classId, DateOnly countingDay, CancellationToken ct = default)
    {
        var ids = Ids(db, classId, countingDay);
        var rows = await db.Students.AsNoTracking().Where(s => ids.Contains(s.Id))
            .Select(s => new { s.Id, s.LastName, s.FirstName, s.MiddleName }).ToListAsync(ct);
        return rows.Select(s => new ReportStudent(s.Id, PersonName.Full(s.LastName, s.FirstName, s.MiddleName)))
            .OrderBy(s => s.FullName, RussianCulture.Collation).ThenBy(s => s.Id).ToList();
    }
}
