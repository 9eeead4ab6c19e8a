using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Scheduling;

/// <summary>A version of the timetable with the days it holds: from its start to the day before the next, or the year's end.</summary>
public sealed record TimetableSpan(Guid Id, Guid AcademicYearId, DateOnly ValidFrom, DateOnly ValidTo)
{
    public bool Holds(DateOnly date) => ValidFrom <= date && date <= ValidTo;
}

/// <summary>The one rule of how long a version of the timetable is in force, for every page and use case that asks.</summary>
public static class TimetableVersions
{
    /// <summary>The current school's versions (of one year, or of all), oldest first.</summary>
    public static async Task<List<TimetableSpan>> AllAsync(PartaDbContext db, Guid? academicYearId = null, CancellationToken ct = default)
    {
        var query = db.Timetables.AsNoTracking();
        if (academicYearId is { } yearId)
        {
            query = query.Where(t => t.AcademicYearId == yearId);
        }

        var rows = await query
            .Join(db.AcademicYears, t => t.AcademicYearId, y => y.Id, (t, y) => new { t.Id, t.AcademicYearId, t.ValidFrom, y.End })
            .ToListAsync(ct);
        return rows.OrderBy(t => t.ValidFrom)
            .Select(t => new TimetableSpan(t.Id, t.AcademicYearId, t.ValidFrom, LastDay(t.ValidFrom, t.End, rows.Where(n => n.AcademicYearId == t.AcademicYearId).Select(n => n.ValidFrom))))
            .ToList();
    }

    /// <summary>The last day of a version starting on <paramref name="validFrom"/> in a year (saved or not yet saved).</summary>
    public static async Task<DateOnly> LastDayAsync(PartaDbContext db, Guid academicYearId, DateOnly validFrom, CancellationToken ct = default)
    {
        var yearEnd = await db.AcademicYears.AsNoTracking().Where(y => y.Id == academicYearId).Select(y => y.End).FirstAsync(ct);
        var starts = await db.Timetables.AsNoTracking().Where(t => t.AcademicYearId == academicYearId).Select(t => t.ValidFrom).ToListAsync(ct);
        return LastDay(validFrom, yearEnd, starts);
    }

    private static DateOnly LastDay(DateOnly validFrom, DateOnly yearEnd, IEnumerable<DateOnly> starts) =>
        starts.Where(s => s > validFrom).Select(s => (DateOnly?)s.AddDays(-1)).Min() ?? yearEnd;
}
