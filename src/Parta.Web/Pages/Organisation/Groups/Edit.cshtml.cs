using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Organisation;
using Parta.Web.Security;

namespace Parta.Web.Pages.Organisation.Groups;

/// <summary>A group of a year: a part of one class, or students of several classes; with its members.</summary>
public sealed class EditModel(PartaDbContext db, PermissionResolver permissions, SaveStudyGroup save, DeleteUnused remove) : OrganisationPage(db, permissions)
{
    public sealed record Choice(Guid Id, string Title);

    public sealed record StudentChoice(Guid Id, string FullName, string? ClassName);

    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? YearId { get; set; }

    [BindProperty]
    [Display(Name = "Название группы")]
    public string? Name { get; set; } = "";

    [BindProperty]
    [Display(Name = "Класс (пусто — из нескольких классов)")]
    public Guid? SchoolClassId { get; set; }

    [BindProperty]
    [Display(Name = "Предмет")]
    public Guid? SubjectId { get; set; }

    [BindProperty]
    public List<Guid> StudentIds { get; set; } = [];

    public IReadOnlyList<Choice> ClassChoices { get; private set; } = [];

    public IReadOnlyList<Choice> SubjectChoices { get; private set; } = [];

    public IReadOnlyList<StudentChoice> Students { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (Id is { } id)
        {
            var g = await Db.StudyGroups.AsNoTracking().FirstOrDefaultAsync(g => g.Id == id);
            if (g is null)
            {
                return NotFound();
            }

            (YearId, Name, SchoolClassId, SubjectId) = (g.AcademicYearId, g.Name, g.SchoolClassId, g.SubjectId);
            StudentIds = await Db.StudyGroupMembers.AsNoTracking().Where(m => m.StudyGroupId == id && m.Until == null).Select(m => m.StudentId).ToListAsync();
        }

        await LoadAsync();
        return Year is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync()
    {
        var group = await Db.StudyGroups.Where(g => g.Id == Id).Select(g => new { g.Name, g.AcademicYearId }).FirstOrDefaultAsync();
        return await DeleteAsync(() => remove.DeleteGroupAsync(Id ?? Guid.Empty), $"Группа «{group?.Name}» удалена.", $"/Organisation/Classes?yearId={group?.AcademicYearId}")
            ?? await OnGetAsync();
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

        var result = await save.HandleAsync(new SaveStudyGroupRequest(Id, Year.Id, Name ?? "", SchoolClassId, SubjectId, StudentIds));
        if (!result.Succeeded)
        {
            AddRefusals(ModelState, result);
            return Page();
        }

        TempData["Message"] = Id is null ? $"Группа «{Name!.Trim()}» добавлена." : "Изменения сохранены.";
        return Redirect($"/Organisation/Classes?yearId={Year.Id}");
    }

    private async Task LoadAsync()
    {
        await LoadYearAsync(YearId);
        if (Year is null)
        {
            return;
        }

        var classes = await Parta.Organisation.ClassChoices.LoadAsync(Db, Year.Id);
        ClassChoices = classes.Select(c => new Choice(c.Id, c.Name)).ToList();
        var subjects = await Db.Subjects.AsNoTracking().Select(s => new { s.Id, s.Name, s.SortOrder }).ToListAsync();
        SubjectChoices = subjects.OrderBy(s => s.SortOrder).ThenBy(s => s.Name, RussianCulture.Collation)
            .Select(s => new Choice(s.Id, s.Name)).ToList();
        var classIds = classes.Select(c => c.Id).ToList();
        var students = await Db.Students.AsNoTracking()
            .Where(s => s.SchoolClassId != null && classIds.Contains(s.SchoolClassId.Value))
            .Select(s => new { s.Id, s.LastName, s.FirstName, s.MiddleName, s.SchoolClassId }).ToListAsync();
        var order = ClassChoices.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i);
        Students = students
            .Select(s => new { s.SchoolClassId, Row = new StudentChoice(s.Id, PersonName.Full(s.LastName, s.FirstName, s.MiddleName),
                ClassChoices[order[s.SchoolClassId!.Value]].Title) })
            .OrderBy(s => order[s.SchoolClassId!.Value]).ThenBy(s => s.Row.FullName, RussianCulture.Collation)
            .Select(s => s.Row)
            .ToList();
    }
}
