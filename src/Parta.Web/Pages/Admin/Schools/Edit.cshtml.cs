using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Web.Pages.Admin.Schools;

/// <summary>Creates a school (no id) or edits one. Every change is in the school's audit history.</summary>
public sealed class EditModel(PartaDbContext db, SaveSchool save) : PageModel, IVersionedForm
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public uint? Version { get; set; }

    [BindProperty]
    [Display(Name = "Полное название")]
    public string? Name { get; set; } = "";

    [BindProperty]
    [Display(Name = "Краткое название")]
    public string? ShortName { get; set; } = "";

    [BindProperty]
    [Display(Name = "Адрес")]
    public string? Address { get; set; }

    [BindProperty]
    [Display(Name = "Часовой пояс")]
    public string? TimeZone { get; set; } = School.DefaultTimeZone;

    [BindProperty]
    [Display(Name = "Приказ по движению можно подписать позже события не более чем на (дней)")]
    public int? MaxOrderDelayDays { get; set; } = 30;

    [BindProperty]
    [Display(Name = "Муниципалитет")]
    public string? Municipality { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            var school = await db.Schools.AsNoTracking().Include(s => s.Municipality).FirstOrDefaultAsync(s => s.Id == id, ct);
            if (school is null)
            {
                return NotFound();
            }

            (Name, ShortName, Address, TimeZone, Municipality, MaxOrderDelayDays, Version) =
                (school.Name, school.ShortName, school.Address, school.TimeZone, school.Municipality?.Name, school.MaxOrderDelayDays, school.Version);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await save.HandleAsync(
                new SaveSchool.Request(Id, Name, ShortName, Address, Municipality, TimeZone, MaxOrderDelayDays, Version), ct);
            if (result.Succeeded)
            {
                this.Tell(Id is null ? $"Школа «{result.Value.ShortName}» добавлена." : "Изменения сохранены.");
                return Redirect("/Admin/Schools");
            }

            if (this.Refused(result) is { } status)
            {
                return status;
            }
        }

        return Page();
    }
}
