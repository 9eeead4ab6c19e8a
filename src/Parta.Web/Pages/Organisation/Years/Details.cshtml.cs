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

        /// <summary>The version of the grade's saved settings (none until they are saved).</summary>
        public uint? Version { get; set; }
    }

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public List<GradeRow> Grades { get; set; } = [];

    public IReadOnlyList<SchemeRow> Schemes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var saved = await Db.GradeSettings.AsNoTracking().Where(g => g.AcademicYearId == Id).ToListAsync(ct);
        Grades = Enumerable.Range(1, 11).Select(g => saved.FirstOrDefault(s => s.Grade == g) is { } s
            ? new GradeRow { Grade = g, PeriodSchemeId = s.PeriodSchemeId, DaysPerWeek = s.DaysPerWeek, Version = s.Version }
            : new GradeRow { Grade = g }).ToList();
        return Page();
    }

    /// <summary>Creates the standard quarters, halves, trimesters or whole year of this year.</summary>
    public async Task<IActionResult> OnPostGenerateAsync(PeriodKind kind, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var periods = PeriodRules.Standard(kind, Year!.Start, Year.End)
            .Select(p => new SavePeriodScheme.PeriodRow(p.Name, p.Start, p.End, p.Closed))
            .ToList();
        var result = await saveScheme.HandleAsync(new SavePeriodScheme.Request(null, Id, PeriodRules.Title(kind), kind, periods), ct);
        if (result.Succeeded)
        {
            this.Tell($"Схема «{result.Value.Name}» создана: проверьте даты периодов.");
            return Redirect($"/Organisation/Years/Details?id={Id}");
        }

        return this.Refused(result) ?? await OnGetAsync(ct);
    }

    public async Task<IActionResult> OnPostGradesAsync(CancellationToken ct)
    {
        var result = await setGrades.HandleAsync(new SetGradeSettings.Request(Id,
            Grades.Select(g => new SetGradeSettings.GradeSetting(g.Grade, g.PeriodSchemeId, g.DaysPerWeek, g.Version)).ToList()), ct);
        if (result.Succeeded)
        {
            this.Tell("Настройки параллелей сохранены.");
            return Redirect($"/Organisation/Years/Details?id={Id}");
        }

        if (this.Refused(result) is { } status)
        {
            return status;
        }

        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        // The choices typed stay; the versions are those saved now, so a second «Сохранить» is a deliberate choice.
        var versions = await Db.GradeSettings.AsNoTracking().Where(g => g.AcademicYearId == Id).ToDictionaryAsync(g => g.Grade, g => g.Version, ct);
        Grades.ForEach(g => g.Version = versions.TryGetValue(g.Grade, out var v) ? v : null);
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        await LoadYearAsync(Id, ct);
        if (Year?.Id != Id)
        {
            return false;
        }

        var schemes = await Db.PeriodSchemes.AsNoTracking().Include(s => s.Periods).Where(s => s.AcademicYearId == Id).ToListAsync(ct);
        Schemes = schemes
            .OrderBy(s => s.Kind).ThenBy(s => s.Name, RussianCulture.Collation)
            .Select(s => new SchemeRow(s.Id, s.Name, s.Kind, s.Periods.OrderBy(p => p.Number).ToList()))
            .ToList();
        return true;
    }
}
