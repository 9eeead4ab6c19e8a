using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parta.Common;
using Parta.Grading;

namespace Parta.Web.Pages.Grading;

/// <summary>
/// Закрытие периода (periods.close): each class following the period with what its journals miss
/// (<see cref="PeriodGaps"/>); closing for chosen classes or the whole school (<see cref="ClosePeriod"/>, refused with gaps
/// unless a reason is given) and reopening with a reason (<see cref="ReopenPeriod"/>).
/// </summary>
public sealed class ClosingModel(GetPeriodClosing getClosing, ClosePeriod close, ReopenPeriod reopen) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? PeriodId { get; set; }

    [BindProperty]
    public List<Guid> ClassIds { get; set; } = [];

    [BindProperty]
    public string? Override { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public PeriodClosing Closing { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await getClosing.HandleAsync(new GetPeriodClosing.Request(PeriodId), ct);
        if (!result.Succeeded)
        {
            return this.Refused(result) ?? NotFound();
        }

        Closing = result.Value;
        PeriodId = Closing.Period.Id;
        return Page();
    }

    public Task<IActionResult> OnPostCloseAsync(CancellationToken ct) => CloseAsync(ClassIds, ct);

    public Task<IActionResult> OnPostCloseSchoolAsync(CancellationToken ct) => CloseAsync([], ct);

    public Task<IActionResult> OnPostReopenAsync(CancellationToken ct) => ReopenAsync(ClassIds, ct);

    public Task<IActionResult> OnPostReopenSchoolAsync(CancellationToken ct) => ReopenAsync([], ct);

    private async Task<IActionResult> CloseAsync(List<Guid> classIds, CancellationToken ct)
    {
        if (PeriodId is not { } periodId)
        {
            return NotFound();
        }

        if (classIds.Count == 0 && Request.Query["handler"] == "Close")
        {
            ModelState.AddModelError(nameof(ClassIds), "Отметьте классы, для которых закрыть период.");
            return await OnGetAsync(ct);
        }

        var result = await close.HandleAsync(new ClosePeriod.Request(periodId, classIds, Override), ct);
        if (result.Succeeded)
        {
            this.Tell(classIds.Count == 0
                ? "Период закрыт для всей школы."
                : $"Период закрыт: {string.Join(", ", result.Value)}.");
            return Redirect($"/Grading/Closing?periodId={periodId}");
        }

        return this.Refused(result) ?? await OnGetAsync(ct);
    }

    private async Task<IActionResult> ReopenAsync(List<Guid> classIds, CancellationToken ct)
    {
        if (PeriodId is not { } periodId)
        {
            return NotFound();
        }

        if (classIds.Count == 0 && Request.Query["handler"] == "Reopen")
        {
            ModelState.AddModelError(nameof(ClassIds), "Отметьте классы, для которых открыть период.");
            return await OnGetAsync(ct);
        }

        var result = await reopen.HandleAsync(new ReopenPeriod.Request(periodId, classIds, Reason), ct);
        if (result.Succeeded)
        {
            this.Tell(classIds.Count == 0 ? $"Период «{result.Value.Name}» открыт для всей школы." : $"Период «{result.Value.Name}» открыт для выбранных классов.");
            return Redirect($"/Grading/Closing?periodId={periodId}");
        }

        return this.Refused(result) ?? await OnGetAsync(ct);
    }
}
