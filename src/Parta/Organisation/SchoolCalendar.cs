using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Organisation;

/// <summary>The school calendar of the current school: is a date a school day for a grade, and which days are.</summary>
public sealed class SchoolCalendar(PartaDbContext db)
{
    public async Task<bool> IsSchoolDayAsync(int grade, DateOnly date, CancellationToken ct = default) =>
        (await SchoolDaysAsync(grade, date, date, ct)).Count == 1;

    public async Task<IReadOnlyList<DateOnly>> SchoolDaysAsync(int grade, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var years = await db.AcademicYears.AsNoTracking()
            .Where(y => y.Start <= to && y.End >= from)
            .Select(y => new { y.Id, y.Start, y.End })
            .ToListAsync(ct);
        var days = new List<DateOnly>();
        foreach (var year in years)
        {
            var daysPerWeek = await db.GradeSettings.AsNoTracking()
                .Where(g => g.AcademicYearId == year.Id && g.Grade == grade)
                .Select(g => (int?)g.DaysPerWeek)
                .FirstOrDefaultAsync(ct) ?? 5;
            var entries = await db.CalendarEntries.AsNoTracking()
                .Where(e => e.AcademicYearId == year.Id && (e.Grade == null || e.Grade == grade))
                .Select(e => new CalendarDayEntry(e.Kind, e.Start, e.End, e.Grade))
                .ToListAsync(ct);
            var start = from > year.Start ? from : year.Start;
            var end = to < year.End ? to : year.End;
            for (var d = start; d <= end; d = d.AddDays(1))
            {
                if (SchoolDayRule.IsSchoolDay(d, grade, daysPerWeek, year.Start, year.End, entries))
                {
                    days.Add(d);
                }
            }
        }

        return days.Order().ToList();
    }
}
