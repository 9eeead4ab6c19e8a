using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Movement;

namespace Parta.Web.Pages.Movement;

/// <summary>Отчёт о движении учащихся за период.</summary>
public sealed class ReportModel(PartaDbContext db, GetMovementReport report, TimeProvider time) : PageModel
{
    public DateOnly From { get; private set; }
    public DateOnly To { get; private set; }
    public IReadOnlyList<MovementReportLine> Lines { get; private set; } = [];
    public MovementReportLine? Total { get; private set; }

    public async Task OnGetAsync(DateOnly? from, DateOnly? to)
    {
        var school = await db.Schools.AsNoTracking().FirstAsync(s => s.Id == db.CurrentSchoolId);
        var year = await db.AcademicYears.AsNoTracking().OrderByDescending(y => y.Start).Select(y => (DateOnly?)y.Start).FirstOrDefaultAsync();
        To = to ?? school.Today(time);
        From = from ?? year ?? To.AddMonths(-1);
        (Lines, Total) = await report.ExecuteAsync(From, To);
    }
}
