using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parta.Auditing;
using Parta.Data;
using Parta.People;

namespace Parta.Web.Pages.Auditing;

/// <summary>The audit history of the current school, or of one entity in it.</summary>
public sealed class IndexModel(GetAuditHistory history, AuditPresenter presenter, CurrentUser currentUser, RecordPersonalDataView log) : PageModel
{
    /// <summary>The name of the one thing whose history is shown («Иванов Иван Иванович», «5А»), when it still exists.</summary>
    public string? Subject { get; private set; }

    public string? EntityType { get; private set; }
    public Guid? EntityId { get; private set; }
    public IReadOnlyList<AuditChange> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? entityType, Guid? entityId)
    {
        (EntityType, EntityId) = (entityType, entityId);
        var found = await history.HandleAsync(new GetAuditHistory.Request(currentUser.SchoolId, entityType, entityId), HttpContext.RequestAborted);
        if (!found.Succeeded)
        {
            return this.Refused(found) ?? NotFound();
        }

        Rows = found.Value;
        if (entityType is not null && entityId is { } id)
        {
            // The rows already name the thing; only a history with no rows asks for its name separately.
            Subject = (Rows.Count > 0 ? Rows[0].Subject : null) ?? await presenter.SubjectAsync(entityType, id);
            if (PersonalDataSubjects.Includes(entityType))
            {
                // A person's history shows their personal data, old and new: the opening goes into the access log (152-ФЗ).
                await log.HandleAsync(new RecordPersonalDataView.Request(entityType, id, "/Auditing"));
            }
        }

        return Page();
    }
}
