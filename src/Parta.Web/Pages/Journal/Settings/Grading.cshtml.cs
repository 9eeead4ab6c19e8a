using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Grading;

namespace Parta.Web.Pages.Journal.Settings;

/// <summary>Итоговые отметки: the school's rules for suggesting period and year marks (<see cref="SaveGradingRules"/>).</summary>
public sealed class GradingModel(PartaDbContext db, CurrentUser currentUser, SaveGradingRules save) : PageModel
{
    [BindProperty, Display(Name = "Порог для «5»: средний балл от")]
    public string? Five { get; set; }

    [BindProperty, Display(Name = "Порог для «4»: средний балл от")]
    public string? Four { get; set; }

    [BindProperty, Display(Name = "Порог для «3»: средний балл от")]
    public string? Three { get; set; }

    [BindProperty, Display(Name = "Наименьшее число отметок за период")]
    public int? MinMarks { get; set; }

    [BindProperty, Display(Name = "«н/а», если пропущено больше, %")]
    public int? MaxMissedPercent { get; set; }

    [BindProperty, Display(Name = "Годовая отметка при среднем ровно посередине (3,5)")]
    public HalfRounding? Halves { get; set; }

    [BindProperty]
    public uint? Version { get; set; }

    public static string HalvesTitle(HalfRounding h) => h switch
    {
        HalfRounding.Up => "в пользу учащегося (3,5 → 4)",
        HalfRounding.Down => "вниз (3,5 → 3)",
        _ => "по отметке за последний период",
    };

    public async Task OnGetAsync(CancellationToken ct)
    {
        var rules = await db.GradingRules.AsNoTracking().FirstOrDefaultAsync(r => r.SchoolId == currentUser.SchoolId, ct)
            ?? GradingRules.Defaults(currentUser.SchoolId!.Value);
        Five = Show(rules.Five);
        Four = Show(rules.Four);
        Three = Show(rules.Three);
        (MinMarks, MaxMissedPercent, Halves, Version) = (rules.MinMarks, rules.MaxMissedPercent, rules.Halves, rules.Version == 0 ? null : rules.Version);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await save.HandleAsync(new SaveGradingRules.Request(Five, Four, Three, MinMarks, MaxMissedPercent, Halves, Version), ct);
        if (result.Succeeded)
        {
            var r = result.Value;
            this.Tell($"Правила сохранены: «5» от {Show(r.Five)}, «4» от {Show(r.Four)}, «3» от {Show(r.Three)}.");
            return Redirect("/Journal/Settings/Grading");
        }

        return this.Refused(result) ?? Page();
    }

    private static string Show(decimal d) => d.ToString("0.0#", CultureInfo.GetCultureInfo("ru-RU"));
}
