using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Web.Pages.Organisation.Years;

/// <summary>A period scheme of a year and its periods: dates and the closed flag. Overlaps and dates outside the year are refused.</summary>
public sealed class SchemeModel(PartaDbContext db, PermissionResolver permissions, SavePeriodScheme save) : OrganisationPage(db, permissions)
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
    [Display(Name = "Название схемы")]
    public string? Name { get; set; } = "";

    [BindProperty]
    [Display(Name = "Вид периодов")]
    public PeriodKind Kind { get; set; } = PeriodKind.Quarter;

    [BindProperty]
    public List<PeriodRow> Periods { get; set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadYearAsync(YearId);
        if (Year?.Id != YearId)
        {
            return NotFound();
        }

        if (Id is { } id)
        {
            var scheme = await Db.PeriodSchemes.AsNoTracking().Include(s => s.Periods).FirstOrDefaultAsync(s => s.Id == id && s.AcademicYearId == YearId);
            if (scheme is null)
            {
                return NotFound();
            }

            (Name, Kind) = (scheme.Name, scheme.Kind);
            Periods = scheme.Periods.OrderBy(p => p.Number)
                .Select(p => new PeriodRow { Name = p.Name, Start = p.Start, End = p.End, Closed = p.Closed }).ToList();
        }

        Pad();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await CanEditAsync())
        {
            return Forbid();
        }

        await LoadYearAsync(YearId);
        if (Year?.Id != YearId)
        {
            return NotFound();
        }

        var drafts = new List<PeriodDraft>();
        for (var i = 0; i < Periods.Count; i++)
        {
            var row = Periods[i];
            if (string.IsNullOrWhiteSpace(row.Name) && row.Start is null && row.End is null)
            {
                continue;
            }

            if (row.Start is null || row.End is null)
            {
                ModelState.AddModelError($"Periods[{i}].Start", $"Период № {i + 1}: введите даты начала и окончания.");
                continue;
            }

            drafts.Add(new PeriodDraft(drafts.Count + 1, row.Name?.Trim() ?? "", row.Start.Value, row.End.Value, row.Closed));
        }

        if (ModelState.ErrorCount > 0)
        {
            Pad();
            return Page();
        }

        var result = await save.HandleAsync(new SavePeriodSchemeRequest(Id, YearId, Name ?? "", Kind, drafts));
        if (!result.Succeeded)
        {
            AddRefusals(ModelState, result);
            Pad();
            return Page();
        }

        TempData["Message"] = "Схема периодов сохранена.";
        return Redirect($"/Organisation/Years/Details?id={YearId}");
    }

    private void Pad()
    {
        while (Periods.Count < Rows)
        {
            Periods.Add(new PeriodRow());
        }
    }
}
