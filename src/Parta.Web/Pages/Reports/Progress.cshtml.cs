using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parta.Printing;
using Parta.Reports;

namespace Parta.Web.Pages.Reports;

/// <summary>
/// «Успеваемость учащихся за период» (<see cref="GetStudentProgress"/>): every student's (or one student's) marks by
/// subject, the weighted average and the period mark; on screen, printed, as XLSX.
/// </summary>
public sealed class ProgressModel(GetStudentProgress getProgress) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? ClassId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? PeriodId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? StudentId { get; set; }

    public ClassProgress Progress { get; private set; } = null!;

    public ReportTable Table { get; private set; } = null!;

    public ReportFilter Filter => new("/Reports/Progress", Progress.Scope, [("Xlsx", "Скачать XLSX")])
    {
        Extra = Progress.StudentId is { } id ? [("studentId", id.ToString())] : [],
    };

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(fallBack: true, ct) ?? Page();

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct) =>
        await LoadAsync(fallBack: false, ct) ?? File(TableXlsx.Render(Table), TableXlsx.ContentType,
            $"успеваемость-{Progress.Scope.Class.Name}-{Progress.Scope.Period.Name}.xlsx".Replace(' ', '-'));

    /// <param name="fallBack">On screen, a period or student that is not the class's is said above the whole class's default report.</param>
    private async Task<IActionResult?> LoadAsync(bool fallBack, CancellationToken ct)
    {
        var result = await getProgress.HandleAsync(new GetStudentProgress.Request(ClassId, PeriodId, StudentId), ct);
        if (!result.Succeeded && this.Refused(result) is { } refused)
        {
            return refused;
        }

        if (!result.Succeeded)
        {
            if (!fallBack)
            {
                return NotFound();
            }

            result = await getProgress.HandleAsync(new GetStudentProgress.Request(ClassId, null), ct);
            if (!result.Succeeded)
            {
                return this.Refused(result) ?? NotFound();
            }
        }

        Progress = result.Value;
        Table = StudentProgressTables.Table(Progress);
        return null;
    }
}
