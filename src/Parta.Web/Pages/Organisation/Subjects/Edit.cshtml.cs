using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Web.Pages.Organisation.Subjects;

/// <summary>Creates a subject or changes it.</summary>
public sealed class EditModel(PartaDbContext db, PermissionResolver permissions, SaveSubject save, DeleteUnused remove) : OrganisationPage(db, permissions)
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    [Display(Name = "Название")]
    public string? Name { get; set; } = "";

    [BindProperty]
    [Display(Name = "Краткое название (для узких столбцов)")]
    public string? ShortName { get; set; } = "";

    [BindProperty]
    [Display(Name = "Порядок в списках")]
    public int? SortOrder { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (Id is { } id)
        {
            var s = await Db.Subjects.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id);
            if (s is null)
            {
                return NotFound();
            }

            (Name, ShortName, SortOrder) = (s.Name, s.ShortName, s.SortOrder);
        }
        else
        {
            SortOrder = (await Db.Subjects.MaxAsync(s => (int?)s.SortOrder) ?? 0) + 10;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync()
    {
        var name = await Db.Subjects.Where(s => s.Id == Id).Select(s => s.Name).FirstOrDefaultAsync();
        return await DeleteAsync(() => remove.DeleteSubjectAsync(Id ?? Guid.Empty), $"Предмет «{name}» удалён.", "/Organisation/Subjects")
            ?? await OnGetAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await CanEditAsync())
        {
            return Forbid();
        }

        var result = await save.HandleAsync(new SaveSubjectRequest(Id, Name ?? "", ShortName ?? "", SortOrder ?? 0));
        if (!result.Succeeded)
        {
            AddRefusals(ModelState, result);
            return Page();
        }

        TempData["Message"] = Id is null ? $"Предмет «{Name!.Trim()}» добавлен." : "Изменения сохранены.";
        return Redirect("/Organisation/Subjects");
    }
}
