using Microsoft.EntityFrameworkCore;
using Parta.Common;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Reports;

/// <summary>A year or a period to choose on the documents page.</summary>
public sealed record DocumentChoice(Guid Id, string Name);

/// <summary>
/// The documents page's choices: the school's years (newest first), the chosen one, its classes the user may print
/// and its periods (for the letters to parents).
/// </summary>
public sealed record JournalArchiveChoices(IReadOnlyList<DocumentChoice> Years, Guid? YearId, IReadOnlyList<ClassChoice> Classes, IReadOnlyList<DocumentChoice> Periods);

/// <summary>
/// What the page of the printed documents (journal archive, the class's report cards, letters to parents) offers: a
/// year of the school (the current one unless another is chosen; past years too, the archive is made at a year's end),
/// the classes of that year whose documents the user may print (<see cref="ReportAccess.ClassesAsync"/>) and the year's
/// periods. Refused for a user who opens no class reports.
/// </summary>
public sealed class GetJournalArchiveChoices(PartaDbContext db, ReportAccess access, TimeProvider time)
{
    public sealed record Request(Guid? YearId);

    public async Task<Result<JournalArchiveChoices>> HandleAsync(Request request, CancellationToken ct = default)
    {
        if (!await access.SeesClassReportsAsync(ct))
        {
            return new ReportAccess.NoReports();
        }

        var years = await db.AcademicYears.AsNoTracking().OrderByDescending(y => y.Start)
            .Select(y => new { y.Id, y.Name, y.Start, y.End }).ToListAsync(ct);
        var today = await SchoolClock.TodayAsync(db, time, ct);
        var yearId = request.YearId is { } chosen && years.Any(y => y.Id == chosen)
            ? chosen
            : (years.FirstOrDefault(y => y.Start <= today && today <= y.End) ?? years.FirstOrDefault(y => y.Start <= today) ?? years.LastOrDefault())?.Id;
        IReadOnlyList<ClassChoice> classes = [];
        IReadOnlyList<DocumentChoice> periods = [];
        if (yearId is { } id)
        {
            classes = await access.ClassesAsync(id, ct);
            periods = await db.Periods.AsNoTracking()
                .Where(p => db.PeriodSchemes.Any(s => s.Id == p.PeriodSchemeId && s.AcademicYearId == id))
                .OrderBy(p => p.Start).ThenBy(p => p.Name)
                .Select(p => new DocumentChoice(p.Id, p.Name)).ToListAsync(ct);
        }

        return new JournalArchiveChoices(years.Select(y => new DocumentChoice(y.Id, y.Name)).ToList(), yearId, classes, periods);
    }
}
