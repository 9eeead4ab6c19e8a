using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Web.Pages.Organisation.Groups;

/// <summary>A group of a year: a part of one class, or students of several classes; with its members.</summary>
public sealed class EditModel(PartaDbContext db, PermissionResolver permissions, SaveStudyGroup save, DeleteStudyGroup delete)
    : OrganisationPage(db, permissions), IVersionedForm
{
    public sealed record Choice(Guid Id, string Title);

    public sealed record StudentChoice(Guid Id, string FullName, string? ClassName);

    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public uint? Version { get; set; }

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

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            var g = await Db.StudyGroups.AsNoTracking().FirstOrDefaultAsync(g => g.Id == id, ct);
            if (g is null)
            {
                return NotFound();
            }

            (YearId, Name, SchoolClassId, SubjectId, Version) = (g.AcademicYearId, g.Name, g.SchoolClassId, g.SubjectId, g.Version);
            StudentIds = await Db.StudyGroupMembers.AsNoTracking().Where(m => m.StudyGroupId == id && m.Until == null).Select(m => m.StudentId).ToListAsync(ct);
        }

        await LoadAsync(ct);
        return Year is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        var result = await delete.HandleAsync(new DeleteStudyGroup.Request(Id ?? Guid.Empty), ct);
        if (result.Succeeded)
        {
            this.Tell($"Группа «{result.Value.Name}» удалена.");
            return Redirect($"/Organisation/Classes?yearId={result.Value.AcademicYearId}");
        }

        return this.Refused(result) ?? await OnGetAsync(ct);
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
            var result = await save.HandleAsync(new SaveStudyGroup.Request(Id, Year.Id, Name, SchoolClassId, SubjectId, StudentIds, Version), ct);
            if (result.Succeeded)
            {
                this.Tell(Id is null ? $"Группа «{result.Value.Name}» добавлена." : "Изменения сохранены.");
                return Redirect($"/Organisation/Classes?yearId={Year.Id}");
            }

            if (this.Refused(result) is { } status)
            {
                return status;
            }
        }

        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        await LoadYearAsync(YearId, ct);
        if (Year is null)
        {
            return;
        }

        var classes = await Parta.Organisation.ClassChoices.LoadAsync(Db, Year.Id, ct);
        ClassChoices = classes.Select(c => new Choice(c.Id, c.Name)).ToList();
        var subjects = await Db.Subjects.AsNoTracking().Select(s => new { s.Id, s.Name, s.SortOrder }).ToListAsync(ct);
        SubjectChoices = subjects.OrderBy(s => s.SortOrder).ThenBy(s => s.Name, RussianCulture.Collation)
            .Select(s => new Choice(s.Id, s.Name)).ToList();
        var classIds = classes.Select(c => c.Id).ToList();
        var students = await Db.Students.AsNoTracking()
            .Where(s => s.SchoolClassId != null && classIds.Contains(s.SchoolClassId.Value))
            .Select(s => new { s.Id, s.LastName, s.FirstName, s.MiddleName, s.SchoolClassId }).ToListAsync(ct);
        var order = ClassChoices.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i);
        Students = students
            .Select(s => new { s.SchoolClassId, Row = new StudentChoice(s.Id, PersonName.Full(s.LastName, s.FirstName, s.MiddleName),
                ClassChoices[order[s.SchoolClassId!.Value]].Title) })
            .OrderBy(s => order[s.SchoolClassId!.Value]).ThenBy(s => s.Row.FullName, RussianCulture.Collation)
            .Select(s => s.Row)
            .ToList();
    }
}
