using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Web.Pages.Organisation.Years;

/// <summary>A period scheme of a year and its periods: dates and the closed flag. Overlaps and dates outside the year are refused.</summary>
public sealed class SchemeModel(PartaDbContext db, PermissionResolver permissions, SavePeriodScheme save) : OrganisationPage(db, permissions), IVersionedForm
{
    public const int Rows = 6;

    public sealed class PeriodRow
    {
        public string? Name { get; set; }
        public DateOnly? Start { get; set; }
        public DateOnly? End { get; set; }
        public bool Closed { get; set; }
    }

    [BindProperty(SupportsGet = true)]
    public Guid YearId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public uint? Version { get; set; }

    [BindProperty]
    [Display(Name = "Название схемы")]
    public string? Name { get; set; } = "";

    [BindProperty]
    [Display(Name = "Вид периодов")]
    public PeriodKind Kind { get; set; } = PeriodKind.Quarter;

    [BindProperty]
    public List<PeriodRow> Periods { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadYearAsync(YearId, ct);
        if (Year?.Id != YearId)
        {
            return NotFound();
        }

        if (Id is { } id)
        {
            var scheme = await Db.PeriodSchemes.AsNoTracking().Include(s => s.Periods).FirstOrDefaultAsync(s => s.Id == id && s.AcademicYearId == YearId, ct);
            if (scheme is null)
            {
                return NotFound();
            }

            (Name, Kind, Version) = (scheme.Name, scheme.Kind, scheme.Version);
            Periods = scheme.Periods.OrderBy(p => p.Number)
                .Select(p => new PeriodRow { Name = p.Name, Start = p.Start, End = p.End, Closed = p.Closed }).ToList();
        }

        Pad();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadYearAsync(YearId, ct);
        if (Year?.Id != YearId)
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            var rows = Periods.Select(p => new SavePeriodScheme.PeriodRow(p.Name, p.Start, p.End, p.Closed)).ToList();
            var result = await save.HandleAsync(new SavePeriodScheme.Request(Id, YearId, Name, Kind, rows, Version), ct);
            if (result.Succeeded)
            {
                this.Tell("Схема периодов сохранена.");
                return Redirect($"/Organisation/Years/Details?id={YearId}");
            }

            if (this.Refused(result) is { } status)
            {
                return status;
            }
        }

        Pad();
        return Page();
    }

    private void Pad()
    {
        while (Periods.Count < Rows)
        {
            Periods.Add(new PeriodRow());
        }
    }
}
