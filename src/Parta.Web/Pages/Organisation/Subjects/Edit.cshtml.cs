using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Web.Pages.Organisation.Subjects;

/// <summary>Creates a subject or changes it; deletes one made by mistake.</summary>
public sealed class EditModel(PartaDbContext db, PermissionResolver permissions, SaveSubject save, DeleteSubject delete)
    : OrganisationPage(db, permissions), IVersionedForm
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public uint? Version { get; set; }

    [BindProperty]
    [Display(Name = "Название")]
    public string? Name { get; set; } = "";

    [BindProperty]
    [Display(Name = "Краткое название (для узких столбцов)")]
    public string? ShortName { get; set; } = "";

    [BindProperty]
    [Display(Name = "Порядок в списках")]
    public int? SortOrder { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            var s = await Db.Subjects.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
            if (s is null)
            {
                return NotFound();
            }

            (Name, ShortName, SortOrder, Version) = (s.Name, s.ShortName, s.SortOrder, s.Version);
        }
        else
        {
            SortOrder = (await Db.Subjects.MaxAsync(s => (int?)s.SortOrder, ct) ?? 0) + 10;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await save.HandleAsync(new SaveSubject.Request(Id, Name, ShortName, SortOrder, Version), ct);
            if (result.Succeeded)
            {
                this.Tell(Id is null ? $"Предмет «{result.Value.Name}» добавлен." : "Изменения сохранены.");
                return Redirect("/Organisation/Subjects");
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
        var result = await delete.HandleAsync(new DeleteSubject.Request(Id ?? Guid.Empty), ct);
        if (result.Succeeded)
        {
            this.Tell($"Предмет «{result.Value.Name}» удалён.");
            return Redirect("/Organisation/Subjects");
        }

        return this.Refused(result) ?? await OnGetAsync(ct);
    }
}
