using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Grading;
using Parta.Journal;
using Parta.Organisation;

namespace Parta.Reports;

/// <summary>
/// The periods a class's reports are asked for: those of the period scheme its grade follows in the class's year (grade
/// settings), else the year's first scheme, each with whether it is closed for the class; which one a report opens on
/// when none is asked; and the check that an asked period is one of the class's year.
/// </summary>
public static class ReportPeriods
{
    public sealed record UnknownPeriod() : Invalid("Такого учебного периода нет в учебном году класса.", "PeriodId");

    /// <summary>The class's periods in order, each closed for the school or for this class.</summary>
    public static Task<List<JournalPeriod>> ForClassAsync(PartaDbContext db, ReportClass schoolClass, CancellationToken ct = default)
    {
        var classId = schoolClass.Id;
        return GradePeriods.Of(db, schoolClass.AcademicYearId, schoolClass.Grade)
            .Select(p => new JournalPeriod(p.Id, p.Name, p.Start, p.End,
                p.Closed || db.PeriodClosures.Any(c => c.PeriodId == p.Id && c.SchoolClassId == classId)))
            .ToListAsync(ct);
    }

    /// <summary>
    /// The asked period when it belongs to the class's year (any of the year's schemes: a half-year report of a class
    /// on quarters is still asked for by its id), else <see cref="UnknownPeriod"/> (422).
    /// </summary>
    public static async Task<Result<JournalPeriod>> FindAsync(PartaDbContext db, ReportClass schoolClass, Guid periodId, CancellationToken ct = default)
    {
        var classId = schoolClass.Id;
        var period = await db.Periods.AsNoTracking()
            .Where(p => p.Id == periodId && db.PeriodSchemes.Any(s => s.Id == p.PeriodSchemeId && s.AcademicYearId == schoolClass.AcademicYearId))
            .Select(p => new JournalPeriod(p.Id, p.Name, p.Start, p.End,
                p.Closed || db.PeriodClosures.Any(c => c.PeriodId == p.Id && c.SchoolClassId == classId)))
            .FirstOrDefaultAsync(ct);
        return period is null ? new UnknownPeriod() : period;
    }

    /// <summary>
    /// The period a report opens on: the latest period that has begun and already has period marks of the class's
    /// students (the quarter just closed); with none, the current period; else the last that ended; else the first.
    /// </summary>
    public static async Task<JournalPeriod?> DefaultAsync(
        PartaDbContext db, ReportClass schoolClass, IReadOnlyList<JournalPeriod> periods, DateOnly today, CancellationToken ct = default)
    {
        var started = periods.Where(p => p.Start <= today).OrderByDescending(p => p.Start).ToList();
        foreach (var period in started)
        {
            var students = ClassPeriodStudents.Ids(db, schoolClass.Id, ClassPeriodStudents.CountingDay(period.End, today));
            if (await db.FinalMarks.AnyAsync(m => m.Kind == FinalMarkKind.Period && m.PeriodId == period.Id && students.Contains(m.StudentId), ct))
            {
                return period;
            }
        }

        return periods.FirstOrDefault(p => p.Contains(today)) ?? (started.Count > 0 ? started[0] : null) ?? (periods.Count > 0 ? periods[0] : null);
    }
}
