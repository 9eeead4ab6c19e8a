using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Organisation;

/// <summary>
/// The one rule of which period scheme a grade follows in a year: the scheme of its grade settings, else the year's first
/// scheme by name. The journal, the final marks, the closing of a period and the reports all ask here.
/// </summary>
public static class GradePeriods
{
    /// <summary>The periods of the scheme the grade follows in the year, in order; as a query, to select from or to compose.</summary>
    public static IQueryable<Period> Of(PartaDbContext db, Guid academicYearId, int? grade) =>
        db.Periods.AsNoTracking()
            .Where(p => p.PeriodSchemeId == (db.GradeSettings.Where(g => g.AcademicYearId == academicYearId && g.Grade == grade && g.PeriodSchemeId != null)
                    .Select(g => g.PeriodSchemeId).FirstOrDefault()
                ?? db.PeriodSchemes.Where(s => s.AcademicYearId == academicYearId).OrderBy(s => s.Name).Select(s => (Guid?)s.Id).FirstOrDefault()))
            .OrderBy(p => p.Start);

    /// <summary>For many grades at once (two queries): the scheme each grade follows in the year; null when the year has none.</summary>
    public static async Task<Func<int?, Guid?>> SchemeOfGradeAsync(PartaDbContext db, Guid academicYearId, CancellationToken ct = default)
    {
        var first = await db.PeriodSchemes.AsNoTracking().Where(s => s.AcademicYearId == academicYearId).OrderBy(s => s.Name)
            .Select(s => (Guid?)s.Id).FirstOrDefaultAsync(ct);
        var byGrade = await db.GradeSettings.AsNoTracking().Where(g => g.AcademicYearId == academicYearId && g.PeriodSchemeId != null)
            .ToDictionaryAsync(g => g.Grade, g => g.PeriodSchemeId, ct);
        return grade => grade is { } g && byGrade.TryGetValue(g, out var scheme) ? scheme : first;
    }
}
