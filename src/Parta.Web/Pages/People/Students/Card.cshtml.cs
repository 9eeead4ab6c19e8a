using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parta.Access;
using Parta.People;

namespace Parta.Web.Pages.People.Students;

/// <summary>Личная карточка учащегося. Each opening is written to the access log.</summary>
public sealed class CardModel(GetStudentCardHandler getCard, PermissionResolver resolver, Parta.Data.PartaDbContext db) : PageModel
{
    public StudentCardView Card { get; private set; } = null!;
    public bool CanEdit { get; private set; }
    public bool CanSeeLog { get; private set; }

    /// <summary>The student's history in the movement book, for those who may read the book.</summary>
    public IReadOnlyList<Parta.Movement.StudentMovementRow>? Movement { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var outcome = await getCard.HandleAsync(new GetStudentCard(id, "/People/Students/Card"), ct);
        if (outcome.Error is { } error)
        {
            return error.AsStatus() ?? NotFound();
        }

        Card = outcome.Value!;
        var permissions = await resolver.GetAsync(ct);
        CanEdit = permissions.Has(Permissions.PeopleEdit);
        CanSeeLog = permissions.Has(Permissions.AuditView);
        if (permissions.Has(Permissions.MovementView))
        {
            Movement = await Parta.Movement.GetStudentMovement.ExecuteAsync(db, id, ct);
        }
        return Page();
    }
}
