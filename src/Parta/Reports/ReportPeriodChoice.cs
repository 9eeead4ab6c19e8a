using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Reports;

/// <summary>A period a school-wide report can be asked for: «1 четверть» (with the scheme's name when the year has several).</summary>
public sealed record ReportPeriod(Guid Id, Guid SchemeId, string Name, DateOnly Start, DateOnly End, bool Closed);

/// <summary>
/// The periods of the current year for a school-wide report's period filter, the one asked for (else the one today falls
/// in, else the last that ended, else the first), and which grades follow its scheme (grade settings; a grade without a
/// scheme set follows the year's first scheme by name, as the journal does in <see cref="Journal.AssignmentPeriods"/>).
/// </summary>
public sealed record ReportPeriodChoice(AcademicYear Year, IReadOnlyList<ReportPeriod> Periods, ReportPeriod Period, Func<int?, bool> FollowsScheme)
{
    public sealed record PeriodNotFound() : Common.NotFound("Учебный период не найден.", "PeriodId");

    /// <summary>Null when the school has no year or no periods yet (the report shows an empty page); an unknown period is not found.</summary>
    public static async Task<Common.Result<ReportPeriodChoice?>> ForAsync(PartaDbContext db, Guid? periodId, DateOnly today, CancellationToken ct = default)
    {
        AcademicYear? year;
        if (periodId is { } asked)
        {
            var yearId = await db.Periods.AsNoTracking().Where(p => p.Id == asked)
                .Join(db.PeriodSchemes, p => p.PeriodSchemeId, s => s.Id, (p, s) => (Guid?)s.AcademicYearId).FirstOrDefaultAsync(ct);
            if (yearId is null)
            {
                return new PeriodNotFound();
            }

            year = await db.AcademicYears.AsNoTracking().FirstAsync(y => y.Id == yearId, ct);
        }
        else
        {
            year = await SchoolClock.CurrentYearAsync(db, today, ct);
        }

        if (year is null)
        {
            return Common.Result.Ok<ReportPeriodChoice?>(null);
        }

        var schemes = await db.PeriodSchemes.AsNoTracking().Where(s => s.AcademicYearId == year.Id).OrderBy(s => s.Name)
            .Select(s => new { s.Id, s.Name }).ToListAsync(ct);
        var schemeIds = schemes.Select(s => s.Id).ToList();
        var rows = await db.Periods.AsNoTracking().Where(p => schemeIds.Contains(p.PeriodSchemeId)).OrderBy(p => p.Start)
            .Select(p => new { p.Id, p.PeriodSchemeId, p.Name, p.Start, p.End, p.Closed }).ToListAsync(ct);
        if (rows.Count == 0)
        {
            return Common.Result.Ok<ReportPeriodChoice?>(null);
        }

        var schemeNames = schemes.ToDictionary(s => s.Id, s => s.Name);
        var periods = rows
            .OrderBy(p => schemes.FindIndex(s => s.Id == p.PeriodSchemeId)).ThenBy(p => p.Start)
            .Select(p => new ReportPeriod(p.Id, p.PeriodSchemeId, schemes.Count > 1 ? $"{p.Name} ({schemeNames[p.PeriodSchemeId]})" : p.Name,
                p.Start, p.End, p.Closed))
            .ToList();
        var period = periodId is { } id ? periods.First(p => p.Id == id)
            : periods.FirstOrDefault(p => p.Start <= today && today <= p.End)
              ?? periods.Where(p => p.End < today).MaxBy(p => p.End) ?? periods[0];

        var schemeOf = await GradePeriods.SchemeOfGradeAsync(db, year.Id, ct);
        return Common.Result.Ok<ReportPeriodChoice?>(new ReportPeriodChoice(year, periods, period, grade => schemeOf(grade) == period.SchemeId));
    }
}
