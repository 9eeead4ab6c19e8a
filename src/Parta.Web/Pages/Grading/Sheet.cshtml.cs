using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parta.Common;
using Parta.Grading;
using Parta.Journal;

namespace Parta.Web.Pages.Grading;

/// <summary>
/// The final-mark sheet of a journal (<see cref="GetFinalMarkSheet"/>): a period's marks with the suggestion and its
/// reason, or the year's (period marks, year, exam, final). The script saves each mark as it is typed through the
/// Mark handler (<see cref="SetFinalMark"/>), which answers JSON: the saved value, or the refusal's Russian message.
/// </summary>
public sealed class SheetModel(GetFinalMarkSheet getSheet, SetFinalMark setMark) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid AssignmentId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? PeriodId { get; set; }

    /// <summary>«year» for the year view.</summary>
    [BindProperty(SupportsGet = true)]
    public string? View { get; set; }

    public FinalMarkSheet Sheet { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await getSheet.HandleAsync(new GetFinalMarkSheet.Request(AssignmentId, PeriodId, View == "year"), ct);
        if (!result.Succeeded)
        {
            return this.Refused(result) ?? NotFound();
        }

        Sheet = result.Value;
        return Page();
    }

    public async Task<IActionResult> OnPostMarkAsync(
        Guid studentId, FinalMarkKind kind, Guid? periodId, string? value, string? expected, string? reason, CancellationToken ct)
    {
        var result = await setMark.HandleAsync(new SetFinalMark.Request(AssignmentId, studentId, kind, periodId, value, expected ?? "", reason), ct);
        if (result.Succeeded)
        {
            return new JsonResult(new { value = result.Value.Value ?? "" });
        }

        var error = result.Errors[0];
        var status = error.Kind switch
        {
            ErrorKind.NotFound => StatusCodes.Status404NotFound,
            ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
            ErrorKind.Conflict => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status422UnprocessableEntity,
        };
        return new JsonResult(new
        {
            message = string.Join(" ", result.Errors.Select(e => e.Message)),
            current = error is SetFinalMark.MarkChanged c ? c.Current ?? "" : null,
            reasonNeeded = error is JournalWrite.ReasonNeeded or SetFinalMark.PeriodsOpen,
        })
        { StatusCode = status };
    }

    public static string Average(decimal? average) => average is null ? "—" : WeightedAverage.Show(average);
}
