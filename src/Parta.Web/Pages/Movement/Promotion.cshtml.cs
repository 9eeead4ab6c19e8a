using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Movement;
using Parta.Web.Security;

namespace Parta.Web.Pages.Movement;

/// <summary>The year-end promotion wizard: a class, the order, exceptions per student, a preview, then one batch.</summary>
public sealed class PromotionModel(PartaDbContext db, PromoteClass promote) : PageModel
{
    public sealed class StudentChoice
    {
        public Guid StudentId { get; set; }
        public string FullName { get; set; } = "";
        public PromotionOutcome Outcome { get; set; } = PromotionOutcome.Promote;
        public string? AcademicDebts { get; set; }
    }

    [BindProperty(SupportsGet = true), Display(Name = "Класс")]
    public Guid? ClassId { get; set; }

    [BindProperty, Display(Name = "Дата перевода")]
    public DateOnly? Date { get; set; }

    [BindProperty, Display(Name = "Номер приказа")]
    public string? OrderNumber { get; set; }

    [BindProperty, Display(Name = "Дата приказа")]
    public DateOnly? OrderDate { get; set; }

    [BindProperty, Display(Name = "Перевести в класс")]
    public Guid? TargetClassId { get; set; }

    [BindProperty]
    public List<StudentChoice> Students { get; set; } = [];

    /// <summary>The next year's classes of the next grade, when the next year already has them.</summary>
    public IReadOnlyList<Parta.Organisation.ClassChoice> Targets { get; private set; } = [];

    public IReadOnlyList<Parta.Organisation.ClassChoice> Classes { get; private set; } = [];
    public PromoteClass.Plan? Preview { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadClassesAsync();
        if (ClassId is { } id && Classes.FirstOrDefault(c => c.Id == id) is { } chosen)
        {
            var year = await db.SchoolClasses.AsNoTracking().Where(c => c.Id == id)
                .Select(c => db.AcademicYears.Where(y => y.Id == c.AcademicYearId).Select(y => y.End).First()).FirstAsync();
            Date ??= year.AddDays(1);
            OrderDate ??= year.AddMonths(-3);
            var list = await ClassLists.OnDateAsync(db, id, Date.Value.AddDays(-1));
            Students = list.Select(s => new StudentChoice
            {
                StudentId = s.StudentId, FullName = s.FullName,
                Outcome = chosen.Grade is 9 or 11 ? PromotionOutcome.Graduate : PromotionOutcome.Promote,
            }).ToList();
        }

        return Page();
    }

    public Task<IActionResult> OnPostPreviewAsync() => RunAsync(apply: false);

    public Task<IActionResult> OnPostApplyAsync() => RunAsync(apply: true);

    private async Task<IActionResult> RunAsync(bool apply)
    {
        await LoadClassesAsync();
        if (ClassId is null || Classes.All(c => c.Id != ClassId))
        {
            ModelState.AddModelError(nameof(ClassId), "Выберите класс.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await promote.HandleAsync(new PromoteClass.Request(ClassId!.Value, Date, OrderNumber, OrderDate,
            Students.Select(s => new PromoteClass.Decision(s.StudentId, s.Outcome, s.AcademicDebts)).ToList(), TargetClassId, apply));
        if (!result.Succeeded)
        {
            return this.Refused(result) ?? Page();
        }

        Preview = result.Value;
        if (Preview.Applied)
        {
            this.Tell($"Перевод проведён: {RussianPlural.Count(Preview.Students.Count, "учащийся", "учащихся", "учащихся")}.");
            return Redirect($"/Movement?from={Date:yyyy-MM-dd}&to={Date:yyyy-MM-dd}");
        }

        if (apply)
        {
            ModelState.AddModelError(string.Empty, "Перевод не проведён: исправьте ошибки ниже. Ни одна запись не внесена.");
        }

        return Page();
    }

    private async Task LoadClassesAsync()
    {
        Classes = await Parta.Organisation.ClassChoices.LoadAsync(db);
        if (ClassId is { } id && Classes.FirstOrDefault(c => c.Id == id) is { } source)
        {
            var yearEnd = await db.AcademicYears.Where(y => y.Id == source.AcademicYearId).Select(y => y.End).FirstAsync();
            var nextYear = await db.AcademicYears.Where(y => y.Start == yearEnd.AddDays(1)).Select(y => (Guid?)y.Id).FirstOrDefaultAsync();
            Targets = Classes.Where(c => c.AcademicYearId == nextYear && c.Grade == source.Grade + 1).ToList();
        }
    }
}
