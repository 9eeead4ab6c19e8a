using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parta.Planning;

namespace Parta.Web.Pages.Planning;

/// <summary>«Мои КТП» for a teacher; every assignment's plan for the administration, filtered by class, subject and teacher.</summary>
public sealed class IndexModel(GetPlanList list) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? ClassId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? SubjectId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? TeacherId { get; set; }

    public GetPlanList.PlanList Plans { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await list.HandleAsync(new GetPlanList.Request(ClassId, SubjectId, TeacherId), ct);
        if (!result.Succeeded)
        {
            return this.Refused(result) ?? NotFound();
        }

        Plans = result.Value;
        return Page();
    }
}
