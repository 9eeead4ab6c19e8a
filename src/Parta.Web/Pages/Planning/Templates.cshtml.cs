using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parta.Planning;

namespace Parta.Web.Pages.Planning;

/// <summary>Шаблоны КТП: the school's templates per grade and subject; a new one made here, filled in the plan editor.</summary>
public sealed class TemplatesModel(GetPlanTemplates list, SavePlanTemplate save, DeletePlanTemplate delete) : PageModel
{
    [BindProperty]
    [Display(Name = "Параллель")]
    public int? Grade { get; set; }

    [BindProperty]
    [Display(Name = "Предмет")]
    public Guid? SubjectId { get; set; }

    [BindProperty]
    [Display(Name = "Название (необязательно)")]
    public string? Name { get; set; }

    public GetPlanTemplates.Templates Templates { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await save.HandleAsync(new SavePlanTemplate.Request(null, Grade, SubjectId, Name), ct);
            if (result.Succeeded)
            {
                this.Tell("Шаблон создан: добавьте в него темы.");
                return Redirect($"/Planning/Plan?templateId={result.Value.Id}");
            }

            if (this.Refused(result) is { } status)
            {
                return status;
            }
        }

        return await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid templateId, CancellationToken ct)
    {
        var result = await delete.HandleAsync(new DeletePlanTemplate.Request(templateId), ct);
        if (result.Succeeded)
        {
            this.Tell("Шаблон удалён.");
            return Redirect("/Planning/Templates");
        }

        return this.Refused(result) ?? await ShowAsync(ct);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var result = await list.HandleAsync(new GetPlanTemplates.Request(), ct);
        if (!result.Succeeded)
        {
            return this.Refused(result) ?? NotFound();
        }

        Templates = result.Value;
        return Page();
    }
}
