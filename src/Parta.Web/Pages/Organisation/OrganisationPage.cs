using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Web.Pages.Organisation;

public sealed record YearChoice(Guid Id, string Name, DateOnly Start, DateOnly End);

/// <summary>The delete form under an edit form (<c>_DeleteForm.cshtml</c>): the button's text and what may be deleted.</summary>
public sealed record DeleteForm(Guid Id, string Button, string Note);

/// <summary>What the Organisation pages share: the year being looked at, and whether the user may change things.</summary>
public abstract class OrganisationPage(PartaDbContext db, PermissionResolver permissions) : PageModel
{
    protected PartaDbContext Db => db;

    public IReadOnlyList<YearChoice> Years { get; private set; } = [];

    public YearChoice? Year { get; private set; }

    public bool CanEdit { get; private set; }

    /// <summary>Loads the years and picks the asked one, else the one with today, else the latest.</summary>
    protected async Task LoadYearAsync(Guid? yearId)
    {
        Years = await db.AcademicYears.AsNoTracking().OrderByDescending(y => y.Start)
            .Select(y => new YearChoice(y.Id, y.Name, y.Start, y.End)).ToListAsync();
        var today = await TodayAsync();
        Year = Years.FirstOrDefault(y => y.Id == yearId)
            ?? Years.FirstOrDefault(y => today >= y.Start && today <= y.End)
            ?? (Years.Count > 0 ? Years[0] : null);
        CanEdit = await CanEditAsync();
    }

    /// <summary>Today in the school's own time zone.</summary>
    protected Task<DateOnly> TodayAsync() =>
        SchoolClock.TodayAsync(db, HttpContext.RequestServices.GetRequiredService<TimeProvider>());

    protected async Task<bool> CanEditAsync() => (await permissions.GetAsync()).Has(Permissions.SchoolEdit);

    /// <summary>
    /// Runs one of <see cref="DeleteUnused"/>'s deletions: done, back to <paramref name="list"/> with a message; refused,
    /// null with the reason in the model state, and the caller shows its page again.
    /// </summary>
    protected async Task<IActionResult?> DeleteAsync(Func<Task<OrganisationResult>> delete, string done, string list)
    {
        if (!await CanEditAsync())
        {
            return Forbid();
        }

        var result = await delete();
        if (!result.Succeeded)
        {
            AddRefusals(ModelState, result);
            return null;
        }

        TempData["Message"] = done;
        return Redirect(list);
    }

    protected static void AddRefusals(ModelStateDictionary modelState, OrganisationResult result, string prefix = "")
    {
        foreach (var r in result.Refusals)
        {
            modelState.AddModelError(r.Field.Length == 0 ? "" : prefix + r.Field, r.Message);
        }
    }
}
