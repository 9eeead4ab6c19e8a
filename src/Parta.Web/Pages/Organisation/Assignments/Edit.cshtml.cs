using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Organisation;
using Parta.Web.Security;

namespace Parta.Web.Pages.Organisation.Assignments;

/// <summary>A line of the teaching load: teacher × subject × class or group, hours per week.</summary>
public sealed class EditModel(PartaDbContext db, PermissionResolver permissions, SaveTeachingAssignment save) : OrganisationPage(db, permissions)
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? YearId { get; set; }

    [BindProperty]
    [Display(Name = "Учитель")]
    public Guid? StaffMemberId { get; set; }

    [BindProperty]
    [Display(Name = "Предмет")]
    public Guid? SubjectId { get; set; }

    /// <summary>«c:id» for a class, «g:id» for a group.</summary>
    [BindProperty]
    [Display(Name = "Класс или группа")]
    public string? Target { get; set; }

    [BindProperty]
    [Display(Name = "Часов в неделю")]
    public string? HoursPerWeek { get; set; }

    public IReadOnlyList<Choice> Teachers { get; private set; } = [];

    public IReadOnlyList<Choice> Subjects { get; private set; } = [];

    public IReadOnlyList<Choice> Targets { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (Id is { } id)
        {
            var a = await Db.TeachingAssignments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id);
            if (a is null)
            {
                return NotFound();
            }

            (YearId, StaffMemberId, SubjectId, HoursPerWeek) = (a.AcademicYearId, a.StaffMemberId, a.SubjectId, Hours.Show(a.HoursPerWeek));
            Target = a.SchoolClassId is { } c ? $"c:{c}" : $"g:{a.StudyGroupId}";
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

        Guid? classId = Target?.StartsWith("c:", StringComparison.Ordinal) == true && Guid.TryParse(Target[2..], out var c) ? c : null;
        Guid? groupId = Target?.StartsWith("g:", StringComparison.Ordinal) == true && Guid.TryParse(Target[2..], out var g) ? g : null;
        if (!Hours.TryParse(HoursPerWeek, out var hours))
        {
            ModelState.AddModelError(nameof(HoursPerWeek), "Введите число часов в неделю, например 5 или 0,5.");
            return Page();
        }

        var result = await save.HandleAsync(new SaveTeachingAssignmentRequest(
            Id, Year.Id, StaffMemberId ?? Guid.Empty, SubjectId ?? Guid.Empty, classId, groupId, hours));
        if (!result.Succeeded)
        {
            AddRefusals(ModelState, result);
            return Page();
        }

        TempData["Message"] = Id is null ? "Нагрузка добавлена." : "Изменения сохранены.";
        return Redirect($"/Organisation/Assignments?yearId={Year.Id}");
    }

    private async Task LoadAsync()
    {
        await LoadYearAsync(YearId);
        if (Year is null)
        {
            return;
        }

        Teachers = await IndexModel.StaffChoicesAsync(Db);
        var subjects = await Db.Subjects.AsNoTracking().Select(s => new { s.Id, s.Name, s.SortOrder }).ToListAsync();
        Subjects = subjects.OrderBy(s => s.SortOrder).ThenBy(s => s.Name, RussianCulture.Collation).Select(s => new Choice(s.Id, s.Name)).ToList();
        var classes = await IndexModel.ClassChoicesAsync(Db, Year.Id);
        var groups = await Db.StudyGroups.AsNoTracking().Where(g => g.AcademicYearId == Year.Id).Select(g => new { g.Id, g.Name }).ToListAsync();
        Targets =
        [
            .. classes.Select(c => new Choice(c.Id, "c:" + c.Title)),
            .. groups.OrderBy(g => g.Name, RussianCulture.Collation).Select(g => new Choice(g.Id, "g:" + g.Name)),
        ];
    }
}
