using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.People;

/// <summary>Changes a guardian's card; with a student id and no guardian id, adds a guardian of that student with the relation.</summary>
public sealed class SaveGuardian(PartaDbContext db)
{
    /// <param name="Version">The card's version the form was opened with (null: no check).</param>
    public sealed record Request(Guid? Id, GuardianCard Card, Guid? ForStudentId = null, string? Relation = null, uint? Version = null);

    public sealed record GuardianNotFound() : NotFound("Родитель не найден.");

    public sealed record StudentNotFound() : NotFound("Учащийся не найден.");

    public async Task<Result<Guid>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var checks = new Checks();
        var card = request.Card.Check(checks);
        var relation = request.Id is null ? GuardianCard.CheckRelation(checks, request.Relation, nameof(Request.Relation), required: true) : null;
        if (checks.Failed)
        {
            return checks.Refusal<Guid>();
        }

        Guardian? guardian;
        if (request.Id is { } id)
        {
            guardian = await db.Guardians.FirstOrDefaultAsync(g => g.Id == id, ct);
            if (guardian is null)
            {
                return new GuardianNotFound();
            }

            if (db.Expect(guardian, request.Version) is { } stale)
            {
                return stale;
            }
        }
        else
        {
            if (request.ForStudentId is not { } studentId || !await db.Students.AnyAsync(s => s.Id == studentId, ct))
            {
                return new StudentNotFound();
            }

            guardian = new Guardian { SchoolId = db.CurrentSchoolId!.Value, LastName = "", FirstName = "" };
            db.Guardians.Add(guardian);
            db.Guardianships.Add(new Guardianship { SchoolId = guardian.SchoolId, StudentId = studentId, GuardianId = guardian.Id, Relation = relation! });
        }

        card.ApplyTo(guardian);
        return await db.TrySaveAsync(ct) is { } conflict ? conflict : guardian.Id;
    }
}
