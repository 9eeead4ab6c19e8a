using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.People;

/// <summary>
/// Restricts a guardian's rights to a child, or lifts the restriction (a court order, a decision of the guardianship
/// authority …): a restricted guardian sees nothing of the child and gets no mail about them (the family rule,
/// <see cref="Access.ResourceRules.OfFamily"/>). Restricting needs what it rests on; both are in the change history.
/// </summary>
public sealed class SetGuardianRestriction(PartaDbContext db)
{
    public sealed record Request(Guid StudentId, Guid GuardianId, bool Restricted, string? Note);

    public sealed record GuardianshipNotFound() : NotFound("Родитель этого учащегося не найден.");

    public async Task<Result<Guardianship>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var link = await db.Guardianships.Include(g => g.Guardian)
            .FirstOrDefaultAsync(g => g.StudentId == request.StudentId && g.GuardianId == request.GuardianId, ct);
        if (link is null)
        {
            return new GuardianshipNotFound();
        }

        var checks = new Checks();
        var note = checks.Text(request.Note, nameof(Request.Note), "На каком основании", GuardianCard.RestrictionNoteMax, required: request.Restricted);
        if (checks.Failed)
        {
            return checks.Refusal<Guardianship>();
        }

        link.Restricted = request.Restricted;
        link.RestrictionNote = request.Restricted ? note : null;
        return await db.TrySaveAsync(ct) is { } conflict ? conflict : link;
    }
}
