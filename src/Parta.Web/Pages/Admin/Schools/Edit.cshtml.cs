using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Web.Pages.Admin.Schools;

/// <summary>Creates a school (no id) or edits one. Every change is in the school's audit history.</summary>
public sealed class EditModel(PartaDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Введите полное название.")]
    [StringLength(300, ErrorMessage = "Не длиннее 300 символов.")]
    [Display(Name = "Полное название")]
    public string Name { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Введите краткое название.")]
    [StringLength(100, ErrorMessage = "Не длиннее 100 символов.")]
    [Display(Name = "Краткое название")]
    public string ShortName { get; set; } = "";

    [BindProperty]
    [StringLength(500, ErrorMessage = "Не длиннее 500 символов.")]
    [Display(Name = "Адрес")]
    public string? Address { get; set; }

    [BindProperty]
    [Display(Name = "Часовой пояс")]
    public string TimeZone { get; set; } = School.DefaultTimeZone;

    [BindProperty]
    [Range(0, 365, ErrorMessage = "От 0 до 365 дней.")]
    [Display(Name = "Приказ по движению можно подписать позже события не более чем на (дней)")]
    public int MaxOrderDelayDays { get; set; } = 30;

    [BindProperty]
    [StringLength(200, ErrorMessage = "Не длиннее 200 символов.")]
    [Display(Name = "Муниципалитет")]
    public string? Municipality { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (Id is { } id)
        {
            var school = await db.Schools.AsNoTracking().Include(s => s.Municipality).FirstOrDefaultAsync(s => s.Id == id);
            if (school is null)
            {
                return NotFound();
            }

            (Name, ShortName, Address, TimeZone, Municipality, MaxOrderDelayDays) =
                (school.Name, school.ShortName, school.Address, school.TimeZone, school.Municipality?.Name, school.MaxOrderDelayDays);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!School.RussianTimeZones.Any(z => z.Id == TimeZone))
        {
            ModelState.AddModelError(nameof(TimeZone), "Выберите часовой пояс из списка.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var school = Id is { } id ? await db.Schools.FirstOrDefaultAsync(s => s.Id == id) : null;
        if (Id is not null && school is null)
        {
            return NotFound();
        }

        Guid? municipalityId = null;
        if (!string.IsNullOrWhiteSpace(Municipality))
        {
            var name = Municipality.Trim();
            var municipality = await db.Municipalities.FirstOrDefaultAsync(m => m.Name == name)
                ?? db.Municipalities.Add(new Parta.Organisation.Municipality { Name = name }).Entity;
            municipalityId = municipality.Id;
        }

        if (school is null)
        {
            school = new School { Name = Name.Trim(), ShortName = ShortName.Trim() };
            db.Schools.Add(school);
        }

        school.Name = Name.Trim();
        school.ShortName = ShortName.Trim();
        school.Address = string.IsNullOrWhiteSpace(Address) ? null : Address.Trim();
        school.TimeZone = TimeZone;
        school.MunicipalityId = municipalityId;
        school.MaxOrderDelayDays = MaxOrderDelayDays;
        await db.SaveChangesAsync();
        TempData["Message"] = Id is null ? $"Школа «{school.ShortName}» добавлена." : "Изменения сохранены.";
        return Redirect("/Admin/Schools");
    }
}
