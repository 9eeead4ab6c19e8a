using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Organisation;
using Parta.Web.Security;

namespace Parta.Web.Pages.Organisation.Classes;

public sealed record StaffChoice(Guid Id, string FullName);

/// <summary>Creates a class of a year (grade and letter) or changes it, with its class teacher.</summary>
public sealed class EditModel(PartaDbContext db, PermissionResolver permissions, SaveSchoolClass save, DeleteUnused remove) : OrganisationPage(db, permissions)
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Учебный год")]
    public Guid? YearId { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Выберите параллель.")]
    [Display(Name = "Параллель")]
    public int? Grade { get; set; }

    [BindProperty]
    [Display(Name = "Литера")]
    public string? Letter { get; set; } = "";

    [BindProperty]
    [Display(Name = "Классный руководитель")]
    public Guid? ClassTeacherId { get; set; }

    public IReadOnlyList<StaffChoice> Staff { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (Id is { } id)
        {
            var c = await Db.SchoolClasses.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id);
            if (c is null)
            {
                return NotFound();
            }

            (YearId, Grade, Letter, ClassTeacherId) = (c.AcademicYearId, c.Grade, c.Letter, c.ClassTeacherId);
        }

        await LoadAsync();
        return Year is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await CanEditAsync())
        {
            return Forbid();
        }

        await LoadAsync();
        if (Year is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await save.HandleAsync(new SaveSchoolClassRequest(Id, Year.Id, Grade!.Value, Letter ?? "", ClassTeacherId));
        if (!result.Succeeded)
        {
            AddRefusals(ModelState, result);
            return Page();
        }

        TempData["Message"] = Id is null ? $"Класс {Grade}{(Letter ?? "").Trim().ToUpperInvariant()} добавлен." : "Изменения сохранены.";
        return Redirect($"/Organisation/Classes?yearId={Year.Id}");
    }

    public async Task<IActionResult> OnPostDeleteAsync()
    {
        var yearId = await Db.SchoolClasses.Where(c => c.Id == Id).Select(c => (Guid?)c.AcademicYearId).FirstOrDefaultAsync();
        var name = await Db.SchoolClasses.Where(c => c.Id == Id).Select(c => c.Grade + c.Letter).FirstOrDefaultAsync();
        return await DeleteAsync(() => remove.DeleteClassAsync(Id ?? Guid.Empty), $"Класс {name} удалён.", $"/Organisation/Classes?yearId={yearId}")
            ?? await OnGetAsync();
    }

    private async Task LoadAsync()
    {
        await LoadYearAsync(YearId);
        var staff = await Db.StaffMembers.AsNoTracking().Select(s => new { s.Id, s.LastName, s.FirstName, s.MiddleName }).ToListAsync();
        Staff = staff.Select(s => new StaffChoice(s.Id, PersonName.Full(s.LastName, s.FirstName, s.MiddleName)))
            .OrderBy(s => s.FullName, RussianCulture.Collation).ToList();
    }
}
