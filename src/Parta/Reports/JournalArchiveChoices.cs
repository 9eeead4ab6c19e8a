using Microsoft.EntityFrameworkCore;
using Parta.Common;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Reports;

/// <summary>A year to choose on the archive page.</summary>
public sealed record ArchiveYear(Guid Id, string Name);

/// <summary>The archive page's choices: the school's years (newest first), the chosen one, and its classes the user may print.</summary>
public sealed record JournalArchiveChoices(IReadOnlyList<ArchiveYear> Years, Guid? YearId, IReadOnlyList<ClassChoice> Classes);

/// <summary>
/// What the journal archive page offers: a year of the school (the current one unless another is chosen; past years
/// too, the archive is made at a year's end) and the classes of that year whose archive the user may download.
/// </summary>
public sealed class GetJournalArchiveChoices(PartaDbContext db, StudentReportAccess access, TimeProvider time)
{
    public sealed record Request(Guid? YearId);

    public async Task<Result<JournalArchiveChoices>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var allowed = await access.MayPrintClassesAsync(ct);
        if (!allowed.Succeeded)
        {
            return allowed.Cast<JournalArchiveChoices>();
        }

        var years = await db.AcademicYears.AsNoTracking().OrderByDescending(y => y.Start)
            .Select(y => new { y.Id, y.Name, y.Start, y.End }).ToListAsync(ct);
        var today = await SchoolClock.TodayAsync(db, time, ct);
        var yearId = request.YearId is { } chosen && years.Any(y => y.Id == chosen)
            ? chosen
            : (years.FirstOrDefault(y => y.Start <= today && today <= y.End) ?? years.FirstOrDefault(y => y.Start <= today) ?? years.LastOrDefault())?.Id;
        IReadOnlyList<ClassChoice> classes = [];
        if (yearId is { } id)
        {
            var printable = await access.PrintableClassesAsync(id, ct);
            if (!printable.Succeeded)
            {
                return printable.Cast<JournalArchiveChoices>();
            }

            classes = printable.Value;
        }

        return new JournalArchiveChoices(years.Select(y => new ArchiveYear(y.Id, y.Name)).ToList(), yearId, classes);
    }
}
