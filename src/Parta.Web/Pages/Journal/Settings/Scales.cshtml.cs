using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Journal;

namespace Parta.Web.Pages.Journal.Settings;

/// <summary>Шкалы и сроки: each subject's mark scale (saved per subject) and the school's late-entry days.</summary>
public sealed class ScalesModel(PartaDbContext db, CurrentUser currentUser, SetSubjectScale setScale, SetLateEntryDays setLateDays) : PageModel
{
    public sealed record Row(Guid Id, string Name, MarkScale Scale, uint Version);

    [BindProperty]
    [Display(Name = "Запись несвоевременна, если внесена позже, дней после урока")]
    public int? LateEntryDays { get; set; }

    [BindProperty]
    public uint? SchoolVersion { get; set; }

    public IReadOnlyList<Row> Subjects { get; private set; } = [];

    /// <summary>The subject whose row shows the refusal (its select keeps what was chosen).</summary>
    public Guid? RefusedSubject { get; private set; }

    public MarkScale? ChosenScale { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var school = await db.Schools.AsNoTracking().Where(s => s.Id == currentUser.SchoolId).Select(s => new { s.LateEntryDays, s.Version }).FirstAsync(ct);
        (LateEntryDays, SchoolVersion) = (school.LateEntryDays, school.Version);
    }

    public async Task<IActionResult> OnPostAsync(Guid subjectId, MarkScale? scale, uint? version, CancellationToken ct)
    {
        var result = await setScale.HandleAsync(new SetSubjectScale.Request(subjectId, scale, version), ct);
        if (result.Succeeded)
        {
            this.Tell($"Шкала предмета «{result.Value.Name}»: {MarkScales.Title(result.Value.Scale)}.");
            return Redirect("/Journal/Settings/Scales");
        }

        if (this.Refused(result.Errors.Select(e => e.Field is null ? e : e with { Field = null }).ToList()) is { } status)
        {
            return status;
        }

        (RefusedSubject, ChosenScale) = (subjectId, scale);
        await OnGetAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostLateDaysAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await setLateDays.HandleAsync(new SetLateEntryDays.Request(LateEntryDays, SchoolVersion), ct);
            if (result.Succeeded)
            {
                this.Tell($"Запись в журнал позже {RussianPlural.Count(result.Value.LateEntryDays, "дня", "дней", "дней")} после урока считается несвоевременной.");
                return Redirect("/Journal/Settings/Scales");
            }

            if (this.Refused(result) is { } status)
            {
                return status;
            }
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var rows = await db.Subjects.AsNoTracking().Select(s => new { Row = new Row(s.Id, s.Name, s.Scale, s.Version), s.SortOrder }).ToListAsync(ct);
        Subjects = rows.OrderBy(r => r.SortOrder).ThenBy(r => r.Row.Name, RussianCulture.Collation).Select(r => r.Row).ToList();
    }
}
