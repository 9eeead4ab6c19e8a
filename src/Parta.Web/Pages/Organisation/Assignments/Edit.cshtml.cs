using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Web.Pages.Organisation.Assignments;

/// <summary>A line of the teaching load: teacher × subject × class or group, hours per week.</summary>
public sealed class EditModel(PartaDbContext db, PermissionResolver permissions, SaveTeachingAssignment save)
    : OrganisationPage(db, permissions), IVersionedForm
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public uint? Version { get; set; }

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

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            var a = await Db.TeachingAssignments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
            if (a is null)
            {
                return NotFound();
            }

            (YearId, StaffMemberId, SubjectId, HoursPerWeek, Version) = (a.AcademicYearId, a.StaffMemberId, a.SubjectId, Hours.Show(a.HoursPerWeek), a.Version);
            Target = a.SchoolClassId is { } c ? $"c:{c}" : $"g:{a.StudyGroupId}";
        }

        await LoadAsync(ct);
        return Year is null ? NotFound() : Page();
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
            Guid? classId = Target?.StartsWith("c:", StringComparison.Ordinal) == true && Guid.TryParse(Target[2..], out var c) ? c : null;
            Guid? groupId = Target?.StartsWith("g:", StringComparison.Ordinal) == true && Guid.TryParse(Target[2..], out var g) ? g : null;
            var result = await save.HandleAsync(new SaveTeachingAssignment.Request(
                Id, Year.Id, StaffMemberId, SubjectId, classId, groupId, HoursPerWeek, Version), ct);
            if (result.Succeeded)
            {
                this.Tell(Id is null ? "Нагрузка добавлена." : "Изменения сохранены.");
                return Redirect($"/Organisation/Assignments?yearId={Year.Id}");
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

        Teachers = await IndexModel.StaffChoicesAsync(Db, ct);
        var subjects = await Db.Subjects.AsNoTracking().Select(s => new { s.Id, s.Name, s.SortOrder }).ToListAsync(ct);
        Subjects = subjects.OrderBy(s => s.SortOrder).ThenBy(s => s.Name, RussianCulture.Collation).Select(s => new Choice(s.Id, s.Name)).ToList();
        var classes = await IndexModel.ClassChoicesAsync(Db, Year.Id, ct);
        var groups = await Db.StudyGroups.AsNoTracking().Where(g => g.AcademicYearId == Year.Id).Select(g => new { g.Id, g.Name }).ToListAsync(ct);
        Targets =
        [
            .. classes.Select(c => new Choice(c.Id, "c:" + c.Title)),
            .. groups.OrderBy(g => g.Name, ClassOrder.Instance).Select(g => new Choice(g.Id, "g:" + g.Name)),
        ];
    }
}
