using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parta.Auditing;
using Parta.People;

namespace Parta.Web.Pages.People;

/// <summary>Журнал просмотров: who opened a person's personal data, when and on which page (152-ФЗ).</summary>
public sealed class AccessLogModel(AuditPresenter names, GetPersonalDataViews views) : PageModel
{
    public string PersonName { get; private set; } = "";
    public string? CardHref { get; private set; }
    public IReadOnlyList<PersonalDataViewRow> Views { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? type, Guid id, CancellationToken ct)
    {
        if (!PersonalDataSubjects.Includes(type) || await names.SubjectAsync(type!, id, ct) is not { } name)
        {
            return NotFound();
        }

        PersonName = name;
        CardHref = type == nameof(Student) ? $"/People/Students/Card?id={id}" : null;
        Views = await views.HandleAsync(new GetPersonalDataViews.Request(type!, id), ct);
        return Page();
    }
}
