using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Organisation;

/// <summary>
/// The current school's today and its current academic year: the one rule that pages, reports and imports open on,
/// so that «this year» never means two different years on two pages.
/// </summary>
public static class SchoolClock
{
    /// <summary>Today in the current school's own time zone (Russian schools span eleven).</summary>
    public static async Task<DateOnly> TodayAsync(PartaDbContext db, TimeProvider time, CancellationToken ct = default)
    {
        var school = await db.CurrentSchoolAsync(ct);
        return School.TodayIn(school?.TimeZone, time);
    }

    /// <summary>The academic year that contains the date, else the latest one; <c>null</c> when the school has none.</summary>
    public static Task<AcademicYear?> CurrentYearAsync(PartaDbContext db, DateOnly today, CancellationToken ct = default) =>
        db.AcademicYears.AsNoTracking()
            .OrderBy(y => y.Start <= today && y.End >= today ? 0 : 1)
            .ThenByDescending(y => y.Start)
            .FirstOrDefaultAsync(ct);
}
