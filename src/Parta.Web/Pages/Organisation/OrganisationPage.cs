using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Web.Pages.Organisation;

public sealed record YearChoice(Guid Id, string Name, DateOnly Start, DateOnly End);

/// <summary>The delete form under an edit form (<c>_DeleteForm.cshtml</c>): the button's text and what may be deleted.</summary>
public sealed record DeleteForm(Guid Id, string Button, string Note);

/// <summary>
/// What the Organisation pages share: the year being looked at, and whether to offer the buttons that change things
/// (who may change them is declared in <c>OrganisationModule.DeclarePages</c>, not decided here).
/// </summary>
public abstract class OrganisationPage(PartaDbContext db, PermissionResolver permissions) : PageModel
{
    protected PartaDbContext Db => db;

    public IReadOnlyList<YearChoice> Years { get; private set; } = [];

    public YearChoice? Year { get; private set; }

    /// <summary>Shows the buttons and forms that change the school's structure.</summary>
    public bool CanEdit { get; private set; }

    /// <summary>Loads the years and picks the asked one, else the one with today, else the latest.</summary>
    protected async Task LoadYearAsync(Guid? yearId, CancellationToken ct = default)
    {
        Years = await db.AcademicYears.AsNoTracking().OrderByDescending(y => y.Start)
            .Select(y => new YearChoice(y.Id, y.Name, y.Start, y.End)).ToListAsync(ct);
        var today = await TodayAsync(ct);
        Year = Years.FirstOrDefault(y => y.Id == yearId)
            ?? Years.FirstOrDefault(y => today >= y.Start && today <= y.End)
            ?? (Years.Count > 0 ? Years[0] : null);
        CanEdit = (await permissions.GetAsync(ct)).Has(Permissions.SchoolEdit);
    }

    /// <summary>Today in the school's own time zone.</summary>
    protected Task<DateOnly> TodayAsync(CancellationToken ct = default) =>
        SchoolClock.TodayAsync(db, HttpContext.RequestServices.GetRequiredService<TimeProvider>(), ct);
}
