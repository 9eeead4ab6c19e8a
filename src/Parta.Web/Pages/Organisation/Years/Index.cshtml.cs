using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;

namespace Parta.Web.Pages.Organisation.Years;

/// <summary>The academic years of the school.</summary>
public sealed class IndexModel(PartaDbContext db, PermissionResolver permissions) : OrganisationPage(db, permissions)
{
    public sealed record Row(YearChoice Year, int Schemes, int Classes);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadYearAsync(null, ct);
        var schemes = await Db.PeriodSchemes.AsNoTracking().GroupBy(s => s.AcademicYearId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var classes = await Db.SchoolClasses.AsNoTracking().GroupBy(s => s.AcademicYearId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        Rows = Years.Select(y => new Row(y,
            schemes.FirstOrDefault(s => s.Key == y.Id)?.Count ?? 0,
            classes.FirstOrDefault(c => c.Key == y.Id)?.Count ?? 0)).ToList();
    }
}
