using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Organisation;
using Parta.Web.Security;

namespace Parta.Web.Pages.Organisation;

/// <summary>
/// The curriculum (учебный план) of a year: hours per week, subjects × grades 1–11; or, for one class, the hours where
/// it differs from its grade.
/// </summary>
public sealed class CurriculumModel(PartaDbContext db, PermissionResolver permissions, SetCurriculumHours setHours) : OrganisationPage(db, permissions)
{
    public sealed record SubjectRow(Guid Id, string Name);


    public sealed class Cell
    {
        public Guid SubjectId { get; set; }
        public int Grade { get; set; }
        public string? Hours { get; set; }
    }

    [BindProperty(SupportsGet = true)]
    public Guid? YearId { get; set; }

    /// <summary>Set to edit one class's own hours instead of the grades'.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? ClassId { get; set; }

    [BindProperty]
    public List<Cell> Cells { get; set; } = [];

    public IReadOnlyList<SubjectRow> Subjects { get; private set; } = [];

    public IReadOnlyList<ClassChoice> Classes { get; private set; } = [];

    public ClassChoice? Class { get; private set; }

    /// <summary>The grade's hours shown beside a class's own, keyed by subject.</summary>
    public IReadOnlyDictionary<Guid, decimal> GradeHours { get; private set; } = new Dictionary<Guid, decimal>();

    public IEnumerable<int> Grades => Class is { } c ? [c.Grade] : Enumerable.Range(1, 11);

    public string? HoursOf(Guid subjectId, int grade) =>
        Cells.FirstOrDefault(c => c.SubjectId == subjectId && c.Grade == grade)?.Hours;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (Year is null)
        {
            return Page();
        }

        var lines = await Db.CurriculumLines.AsNoTracking()
            .Where(l => l.AcademicYearId == Year!.Id && l.SchoolClassId == ClassId)
            .Select(l => new { l.SubjectId, l.Grade, l.HoursPerWeek }).ToListAsync();
        Cells = lines.Select(l => new Cell { SubjectId = l.SubjectId, Grade = l.Grade, Hours = Hours.Show(l.HoursPerWeek) }).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await CanEditAsync())
        {
            return Forbid();
        }

        if (!await LoadAsync() || Year is null)
        {
            return NotFound();
        }

        var cells = new List<CurriculumCell>();
        foreach (var cell in Cells)
        {
            decimal? hours = null;
            if (!string.IsNullOrWhiteSpace(cell.Hours))
            {
                if (!Hours.TryParse(cell.Hours, out var h))
                {
                    var subject = Subjects.FirstOrDefault(s => s.Id == cell.SubjectId)?.Name;
                    ModelState.AddModelError("", $"{subject}, {cell.Grade} класс: «{cell.Hours}» — не число часов (например 2 или 0,5).");
                    continue;
                }

                hours = h;
            }

            cells.Add(new CurriculumCell(cell.SubjectId, Class?.Grade ?? cell.Grade, ClassId, hours));
        }

        if (ModelState.ErrorCount > 0)
        {
            return Page();
        }

        var result = await setHours.HandleAsync(new SetCurriculumHoursRequest(Year!.Id, cells));
        if (!result.Succeeded)
        {
            AddRefusals(ModelState, result);
            return Page();
        }

        TempData["Message"] = "Учебный план сохранён.";
        return Redirect($"/Organisation/Curriculum?yearId={Year.Id}" + (ClassId is { } c ? $"&classId={c}" : ""));
    }

    private async Task<bool> LoadAsync()
    {
        await LoadYearAsync(YearId);
        if (Year is null)
        {
            return true;
        }

        var subjects = await Db.Subjects.AsNoTracking().Select(s => new { s.Id, s.Name, s.SortOrder }).ToListAsync();
        Subjects = subjects.OrderBy(s => s.SortOrder).ThenBy(s => s.Name, RussianCulture.Collation).Select(s => new SubjectRow(s.Id, s.Name)).ToList();
        Classes = await Parta.Organisation.ClassChoices.LoadAsync(Db, Year.Id);
        if (ClassId is { } classId)
        {
            Class = Classes.FirstOrDefault(c => c.Id == classId);
            if (Class is null)
            {
                return false;
            }

            var grade = Class.Grade;
            GradeHours = (await Db.CurriculumLines.AsNoTracking()
                    .Where(l => l.AcademicYearId == Year.Id && l.SchoolClassId == null && l.Grade == grade)
                    .Select(l => new { l.SubjectId, l.HoursPerWeek }).ToListAsync())
                .ToDictionary(l => l.SubjectId, l => l.HoursPerWeek);
        }

        return true;
    }
}
