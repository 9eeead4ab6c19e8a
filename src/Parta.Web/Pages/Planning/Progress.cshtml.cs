using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parta.Planning;

namespace Parta.Web.Pages.Planning;

/// <summary>
/// План и факт: of one assignment (<c>?assignmentId=</c>) the lessons given against the plan and the topics behind; without
/// one, the list of the plans the user sees (the administration: the school's) with the same measures.
/// </summary>
public sealed class ProgressModel(GetPlanProgress progress, GetPlanList list) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? AssignmentId { get; set; }

    public GetPlanProgress.PlanProgress? One { get; private set; }

    public GetPlanList.PlanList? All { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (AssignmentId is { } id)
        {
            var result = await progress.HandleAsync(new GetPlanProgress.Request(id), ct);
            if (!result.Succeeded)
            {
                return this.Refused(result) ?? NotFound();
            }

            One = result.Value;
            return Page();
        }

        var plans = await list.HandleAsync(new GetPlanList.Request(), ct);
        if (!plans.Succeeded)
        {
            return this.Refused(plans) ?? NotFound();
        }

        All = plans.Value;
        return Page();
    }
}
