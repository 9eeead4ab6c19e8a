using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.People;

/// <summary>Changes a guardian's card; with a student id, creates a guardian of that student with the relation.</summary>
public sealed record SaveGuardian(
    Guid? Id, string LastName, string FirstName, string? MiddleName, string? Phone, string? Email, Guid? ForStudentId, string? Relation);

public sealed record RelationRequired() : PeopleError("Укажите, кем приходится учащемуся.", nameof(SaveGuardian.Relation));

public sealed class SaveGuardianHandler(PartaDbContext db, CurrentUser user)
{
    public async Task<Outcome<Guid>> HandleAsync(SaveGuardian request, CancellationToken ct = default)
    {
        var guardian = request.Id is { } id ? await db.Guardians.FirstOrDefaultAsync(g => g.Id == id, ct) : null;
        if (request.Id is not null && guardian is null)
        {
            return new NotFound();
        }

        if (guardian is null)
        {
            if (request.ForStudentId is not { } studentId || !await db.Students.AnyAsync(s => s.Id == studentId, ct))
            {
                return new NotFound();
            }

            if (string.IsNullOrWhiteSpace(request.Relation))
            {
                return new RelationRequired();
            }

            guardian = new Guardian { SchoolId = user.SchoolId!.Value, LastName = "", FirstName = "" };
            db.Guardians.Add(guardian);
            db.Guardianships.Add(new Guardianship
            {
                SchoolId = guardian.SchoolId, StudentId = studentId, GuardianId = guardian.Id, Relation = request.Relation.Trim(),
            });
        }

        guardian.LastName = request.LastName.Trim();
        guardian.FirstName = request.FirstName.Trim();
        guardian.MiddleName = SaveStudentHandler.Clean(request.MiddleName);
        guardian.Phone = SaveStudentHandler.Clean(request.Phone);
        guardian.Email = SaveStudentHandler.Clean(request.Email);
        await db.SaveChangesAsync(ct);
        return guardian.Id;
    }
}
