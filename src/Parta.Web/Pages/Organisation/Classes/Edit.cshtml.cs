using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Web.Pages.Organisation.Classes;

public sealed record StaffChoice(Guid Id, string FullName);

/// <summary>Creates a class of a year (grade and letter) or changes it, with its class teacher; deletes one made by mistake.</summary>
public sealed class EditModel(PartaDbContext db, PermissionResolver permissions, SaveSchoolClass save, DeleteSchoolClass delete)
    : OrganisationPage(db, permissions), IVersionedForm
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public uint? Version { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Учебный год")]
    public Guid? YearId { get; set; }

    [BindProperty]
    [Display(Name = "Параллель")]
    public int? Grade { get; set; }

    [BindProperty]
    [Display(Name = "Литера")]
    public string? Letter { get; set; } = "";

    [BindProperty]
    [Display(Name = "Смена")]
    public int? Shift { get; set; } = 1;

    [BindProperty]
    [Display(Name = "Классный руководитель")]
    public Guid? ClassTeacherId { get; set; }

    /// <summary>The class's name as saved (the title of an existing class's page).</summary>
    public string? SavedName { get; private set; }

    public IReadOnlyList<StaffChoice> Staff { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            var c = await Db.SchoolClasses.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
            if (c is null)
            {
                return NotFound();
            }

            (YearId, Grade, Letter, ClassTeacherId, Shift, Version) = (c.AcademicYearId, c.Grade, c.Letter, c.ClassTeacherId, c.Shift, c.Version);
        }

        return await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Year is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            var result = await save.HandleAsync(new SaveSchoolClass.Request(Id, Year.Id, Grade, Letter, ClassTeacherId, Version, Shift), ct);
            if (result.Succeeded)
            {
                this.Tell(Id is null ? $"Класс {result.Value.Name} добавлен." : "Изменения сохранены.");
                return Redirect($"/Organisation/Classes?yearId={Year.Id}");
            }

            if (this.Refused(result) is { } status)
            {
                return status;
            }
        }

        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        var result = await delete.HandleAsync(new DeleteSchoolClass.Request(Id ?? Guid.Empty), ct);
        if (result.Succeeded)
        {
            this.Tell($"Класс {result.Value.Name} удалён.");
            return Redirect($"/Organisation/Classes?yearId={result.Value.AcademicYearId}");
        }

        return this.Refused(result) ?? await OnGetAsync(ct);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Year is null ? NotFound() : Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        await LoadYearAsync(YearId, ct);
        if (Id is { } id)
        {
            SavedName = await Db.SchoolClasses.Where(c => c.Id == id).Select(c => new { c.Grade, c.Letter }).FirstOrDefaultAsync(ct) is { } saved
                ? SchoolClass.NameOf(saved.Grade, saved.Letter)
                : null;
        }

        var staff = await Db.StaffMembers.AsNoTracking().Select(s => new { s.Id, s.LastName, s.FirstName, s.MiddleName }).ToListAsync(ct);
        Staff = staff.Select(s => new StaffChoice(s.Id, PersonName.Full(s.LastName, s.FirstName, s.MiddleName)))
            .OrderBy(s => s.FullName, RussianCulture.Collation).ToList();
    }
}
