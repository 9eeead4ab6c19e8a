using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Web.Pages.Organisation;

/// <summary>
/// The curriculum (учебный план) of a year: hours per week, subjects × grades 1–11; or, for one class, the hours where
/// it differs from its grade. The grid carries the stamp of the year's curriculum: a grid saved by someone else meanwhile
/// is refused, and the hours saved now are shown beside the ones typed.
/// </summary>
public sealed class CurriculumModel(PartaDbContext db, PermissionResolver permissions, SetCurriculumHours setHours) : OrganisationPage(db, permissions)
{
    public sealed record SubjectRow(Guid Id, string Name);

    public sealed class Cell
    {
        public Guid SubjectId { get; set; }
        public int Grade { get; set; }
        public string? Hours { get; set; }

        /// <summary>The subject ends with an exam in the grade; an unticked box clears it.</summary>
        public bool Exam { get; set; }
    }

    [BindProperty(SupportsGet = true)]
    public Guid? YearId { get; set; }

    /// <summary>Set to edit one class's own hours instead of the grades'.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? ClassId { get; set; }

    /// <summary>The stamp of the year's curriculum the grid was opened with (see <see cref="SetCurriculumHours.StampAsync"/>).</summary>
    [BindProperty]
    public string? Stamp { get; set; }

    [BindProperty]
    public List<Cell> Cells { get; set; } = [];

    public IReadOnlyList<SubjectRow> Subjects { get; private set; } = [];

    public IReadOnlyList<ClassChoice> Classes { get; private set; } = [];

    public ClassChoice? Class { get; private set; }

    /// <summary>The grade's hours shown beside a class's own, keyed by subject.</summary>
    public IReadOnlyDictionary<Guid, decimal> GradeHours { get; private set; } = new Dictionary<Guid, decimal>();

    /// <summary>After a refused stale save: the hours saved now, by subject and grade, to show beside those typed.</summary>
    public IReadOnlyDictionary<(Guid SubjectId, int Grade), SavedLine>? SavedNow { get; private set; }

    public sealed record SavedLine(decimal Hours, bool Exam);

    public IEnumerable<int> Grades => Class is { } c ? [c.Grade] : Enumerable.Range(1, 11);

    public string? HoursOf(Guid subjectId, int grade) =>
        Cells.FirstOrDefault(c => c.SubjectId == subjectId && c.Grade == grade)?.Hours;

    public bool ExamOf(Guid subjectId, int grade) =>
        Cells.FirstOrDefault(c => c.SubjectId == subjectId && c.Grade == grade)?.Exam ?? false;

    /// <summary>What is saved now in a cell whose typed hours differ from it (after a refused stale save), else null.</summary>
    public string? SavedNowIfDifferent(Guid subjectId, int grade)
    {
        if (SavedNow is null)
        {
            return null;
        }

        decimal? saved = SavedNow.TryGetValue((subjectId, grade), out var h) ? h.Hours : null;
        var text = HoursOf(subjectId, grade);
        decimal? typed = string.IsNullOrWhiteSpace(text) ? null : Hours.TryParse(text, out var t) ? t : decimal.MinusOne;
        return typed == saved ? null : saved is { } s ? Hours.Show(s) : "пусто";
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        if (Year is null)
        {
            return Page();
        }

        Cells = (await SavedHoursAsync(ct))
            .Select(l => new Cell { SubjectId = l.Key.SubjectId, Grade = l.Key.Grade, Hours = Hours.Show(l.Value.Hours), Exam = l.Value.Exam })
            .ToList();
        Stamp = await SetCurriculumHours.StampAsync(Db, Year.Id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct) || Year is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            var cells = Cells.Select(c => new SetCurriculumHours.Cell(c.SubjectId, Class?.Grade ?? c.Grade, c.Hours, c.Exam)).ToList();
            var result = await setHours.HandleAsync(new SetCurriculumHours.Request(Year.Id, ClassId, cells, Stamp), ct);
            if (result.Succeeded)
            {
                this.Tell("Учебный план сохранён.");
                return Redirect($"/Organisation/Curriculum?yearId={Year.Id}" + (ClassId is { } c ? $"&classId={c}" : ""));
            }

            if (this.Refused(result) is { } status)
            {
                return status;
            }

            if (result.Errors.OfType<SetCurriculumHours.GridChanged>().FirstOrDefault() is { } changed)
            {
                // The hours typed stay; what is saved now is shown beside them, and the grid takes the new stamp.
                SavedNow = await SavedHoursAsync(ct);
                ModelState.Remove(nameof(Stamp));
                Stamp = changed.CurrentStamp;
            }
        }

        return Page();
    }

    private async Task<Dictionary<(Guid SubjectId, int Grade), SavedLine>> SavedHoursAsync(CancellationToken ct) =>
        (await Db.CurriculumLines.AsNoTracking()
            .Where(l => l.AcademicYearId == Year!.Id && l.SchoolClassId == ClassId)
            .Select(l => new { l.SubjectId, l.Grade, l.HoursPerWeek, l.Exam }).ToListAsync(ct))
        .ToDictionary(l => (l.SubjectId, l.Grade), l => new SavedLine(l.HoursPerWeek, l.Exam));

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        await LoadYearAsync(YearId, ct);
        if (Year is null)
        {
            return true;
        }

        var subjects = await Db.Subjects.AsNoTracking().Select(s => new { s.Id, s.Name, s.SortOrder }).ToListAsync(ct);
        Subjects = subjects.OrderBy(s => s.SortOrder).ThenBy(s => s.Name, RussianCulture.Collation).Select(s => new SubjectRow(s.Id, s.Name)).ToList();
        Classes = await Parta.Organisation.ClassChoices.LoadAsync(Db, Year.Id, ct);
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
                    .Select(l => new { l.SubjectId, l.HoursPerWeek }).ToListAsync(ct))
                .ToDictionary(l => l.SubjectId, l => l.HoursPerWeek);
        }

        return true;
    }
}
