using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Web.Pages.Organisation.Years;

/// <summary>One academic year: its period schemes with their periods, and what each grade follows.</summary>
public sealed class DetailsModel(PartaDbContext db, PermissionResolver permissions, SavePeriodScheme saveScheme, SetGradeSettings setGrades)
    : OrganisationPage(db, permissions)
{
    public sealed record SchemeRow(Guid Id, string Name, PeriodKind Kind, IReadOnlyList<Period> Periods);

    public sealed class GradeRow
    {
        public int Grade { get; set; }
        public Guid? PeriodSchemeId { get; set; }
        public int DaysPerWeek { get; set; } = 5;
    }

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public List<GradeRow> Grades { get; set; } = [];

    public IReadOnlyList<SchemeRow> Schemes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var saved = await Db.GradeSettings.AsNoTracking().Where(g => g.AcademicYearId == Id).ToListAsync();
        Grades = Enumerable.Range(1, 11).Select(g => saved.FirstOrDefault(s => s.Grade == g) is { } s
            ? new GradeRow { Grade = g, PeriodSchemeId = s.PeriodSchemeId, DaysPerWeek = s.DaysPerWeek }
            : new GradeRow { Grade = g }).ToList();
        return Page();
    }

    /// <summary>Creates the standard quarters, halves, trimesters or whole year of this year.</summary>
    public async Task<IActionResult> OnPostGenerateAsync(PeriodKind kind)
    {
        if (!await CanEditAsync())
        {
            return Forbid();
        }

        var year = await Db.AcademicYears.AsNoTracking().FirstOrDefaultAsync(y => y.Id == Id);
        if (year is null)
        {
            return NotFound();
        }

        var result = await saveScheme.HandleAsync(new SavePeriodSchemeRequest(
            null, Id, PeriodRules.Title(kind), kind, PeriodRules.Standard(kind, year.Start, year.End)));
        if (!result.Succeeded)
        {
            TempData["Error"] = string.Join(" ", result.Refusals.Select(r => r.Message));
        }
        else
        {
            TempData["Message"] = $"Схема «{PeriodRules.Title(kind)}» создана: проверьте даты периодов.";
        }

        return Redirect($"/Organisation/Years/Details?id={Id}");
    }

    public async Task<IActionResult> OnPostGradesAsync()
    {
        if (!await CanEditAsync())
        {
            return Forbid();
        }

        var result = await setGrades.HandleAsync(new SetGradeSettingsRequest(Id,
            Grades.Select(g => new GradeSetting(g.Grade, g.PeriodSchemeId, g.DaysPerWeek)).ToList()));
        if (!result.Succeeded)
        {
            if (!await LoadAsync())
            {
                return NotFound();
            }

            AddRefusals(ModelState, result);
            return Page();
        }

        TempData["Message"] = "Настройки параллелей сохранены.";
        return Redirect($"/Organisation/Years/Details?id={Id}");
    }

    private async Task<bool> LoadAsync()
    {
        await LoadYearAsync(Id);
        if (Year?.Id != Id)
        {
            return false;
        }

        var schemes = await Db.PeriodSchemes.AsNoTracking().Include(s => s.Periods).Where(s => s.AcademicYearId == Id).ToListAsync();
        Schemes = schemes
            .OrderBy(s => s.Kind).ThenBy(s => s.Name, RussianCulture.Collation)
            .Select(s => new SchemeRow(s.Id, s.Name, s.Kind, s.Periods.OrderBy(p => p.Number).ToList()))
            .ToList();
        return true;
    }
}
