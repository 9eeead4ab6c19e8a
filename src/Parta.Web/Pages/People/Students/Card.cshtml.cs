using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parta.Access;
using Parta.Data;
using Parta.Movement;
using Parta.People;

namespace Parta.Web.Pages.People.Students;

/// <summary>Личная карточка учащегося. Each opening is written to the access log.</summary>
public sealed class CardModel(GetStudentCard getCard, PermissionResolver resolver, GetStudentMovement movement, SetGuardianRestriction restrict) : PageModel
{
    /// <summary>The guardian whose restriction form was refused, to open it again with the message.</summary>
    public Guid? RestrictionFormOf { get; private set; }

    public StudentCardView Card { get; private set; } = null!;
    public bool CanEdit { get; private set; }
    public bool CanSeeLog { get; private set; }

    /// <summary>May record the student's admission, transfer or withdrawal in the movement book.</summary>
    public bool CanMove { get; private set; }

    /// <summary>The student's history in the movement book, for those who may read the book.</summary>
    public IReadOnlyList<StudentMovementRow>? Movement { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var result = await getCard.HandleAsync(new GetStudentCard.Request(id, "/People/Students/Card"), ct);
        if (this.Refused(result) is { } status)
        {
            return status;
        }

        Card = result.Value;
        var permissions = await resolver.GetAsync(ct);
        CanEdit = permissions.Has(Permissions.PeopleEdit);
        CanSeeLog = permissions.Has(Permissions.AuditView);
        CanMove = permissions.Has(Permissions.MovementEdit);
        if (permissions.Has(Permissions.MovementView))
        {
            Movement = (await movement.HandleAsync(new GetStudentMovement.Request(id), ct)).Value;
        }

        return Page();
    }

    /// <summary>Restricts a guardian's rights to this child (with what it rests on), or lifts the restriction.</summary>
    public async Task<IActionResult> OnPostRestrictAsync(Guid id, Guid guardianId, bool restricted, string? note, CancellationToken ct)
    {
        var result = await restrict.HandleAsync(new SetGuardianRestriction.Request(id, guardianId, restricted, note), ct);
        if (result.Succeeded)
        {
            var name = result.Value.Guardian!.FullName;
            this.Tell(restricted ? $"Доступ родителя {name} к данным учащегося ограничен." : $"Ограничение доступа родителя {name} снято.");
            return Redirect($"/People/Students/Card?id={id}");
        }

        if (this.Refused(result) is { } status)
        {
            return status;
        }

        RestrictionFormOf = guardianId;
        return await OnGetAsync(id, ct);
    }
}
