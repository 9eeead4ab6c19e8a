using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parta.Common;
using Parta.Journal;
using Parta.Web.Security;

namespace Parta.Web.Pages.Journal;

/// <summary>
/// The journal grid of one teaching assignment and period (<see cref="GetJournal"/>), and the cell handlers its script
/// calls for every keystroke: a mark (<see cref="SetMark"/>), an attendance code (<see cref="SetAttendance"/>), a
/// cell's history (<see cref="GetCellHistory"/>). The handlers answer JSON: the saved cell with the student's
/// average, or the refusal's Russian message (with the current value when someone else saved the cell first).
/// </summary>
public sealed class GridModel(GetJournal getJournal, SetMark setMark, SetAttendance setAttendance, GetCellHistory getHistory, SignedInUser me)
    : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid AssignmentId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? PeriodId { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? Month { get; set; }

    public JournalView View { get; private set; } = null!;

    /// <summary>Who is typing (the browser keeps unsaved cells per user).</summary>
    public string UserKey => me.Id.ToString("N");

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await getJournal.HandleAsync(new GetJournal.Request(AssignmentId, PeriodId, Month), ct);
        if (!result.Succeeded)
        {
            return this.Refused(result) ?? NotFound();
        }

        View = result.Value;
        return Page();
    }

    public async Task<IActionResult> OnPostMarkAsync(Guid assessmentId, Guid studentId, string? value, string? expected, string? reason, CancellationToken ct) =>
        Cell(await setMark.HandleAsync(new SetMark.Request(assessmentId, studentId, value, expected ?? "", reason), ct));

    public async Task<IActionResult> OnPostAttendanceAsync(Guid lessonId, Guid studentId, string? code, string? expected, string? reason, CancellationToken ct) =>
        Cell(await setAttendance.HandleAsync(new SetAttendance.Request(lessonId, studentId, code, expected ?? "", reason), ct));

    public async Task<IActionResult> OnGetHistoryAsync(Guid columnId, Guid studentId, CancellationToken ct)
    {
        var result = await getHistory.HandleAsync(new GetCellHistory.Request(columnId, studentId), ct);
        if (!result.Succeeded)
        {
            return Refusal(result.Errors);
        }

        return new JsonResult(result.Value.Select(c => new
        {
            at = RussianDate.Show(DateOnly.FromDateTime(c.LocalAt)) + " " + c.LocalAt.ToString("HH:mm", CultureInfo.InvariantCulture),
            by = c.By, what = c.What, old = c.Old, @new = c.New, reason = c.Reason, late = c.Late,
        }));
    }

    /// <summary>Short name of a work type for a column head: the initials of its words («Контрольная работа» → «КР»).</summary>
    public static string ShortName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 2).ToList();
        return words.Count switch
        {
            0 => name,
            1 => words[0].Length <= 4 ? words[0] : words[0][..3],
            _ => string.Concat(words.Select(w => char.ToUpper(w[0], RussianCulture.Instance))),
        };
    }

    public static string Weight(decimal weight) => weight.ToString("0.##", RussianCulture.Instance);

    private JsonResult Cell(Result<CellSaved> result)
    {
        if (!result.Succeeded)
        {
            return Refusal(result.Errors);
        }

        var saved = result.Value;
        return new JsonResult(new { value = saved.Value ?? "", late = saved.Late, average = WeightedAverage.Show(saved.Average) });
    }

    private static JsonResult Refusal(IReadOnlyList<Error> errors)
    {
        var error = errors[0];
        var current = error switch
        {
            SetMark.CellChanged c => c.Current ?? "",
            SetAttendance.CellChanged c => c.Current ?? "",
            _ => null,
        };
        var status = error.Kind switch
        {
            ErrorKind.NotFound => StatusCodes.Status404NotFound,
            ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
            ErrorKind.Conflict => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status422UnprocessableEntity,
        };
        return new JsonResult(new { message = string.Join(" ", errors.Select(e => e.Message)), current, reasonNeeded = error is JournalWrite.ReasonNeeded })
        {
            StatusCode = status,
        };
    }
}
