using Microsoft.AspNetCore.Mvc.RazorPages;
using Parta.Auditing;
using Parta.Data;

namespace Parta.Web.Pages.Auditing;

/// <summary>The audit history of the current school, or of one entity in it.</summary>
public sealed class IndexModel(GetAuditHistory history, CurrentUser currentUser) : PageModel
{
    public string? EntityType { get; private set; }
    public Guid? EntityId { get; private set; }
    public IReadOnlyList<AuditRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(string? entityType, Guid? entityId)
    {
        (EntityType, EntityId) = (entityType, entityId);
        Rows = await history.ExecuteAsync(currentUser.SchoolId, entityType, entityId);
    }
}
