using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;

namespace Parta.People;

public sealed record FindGuardians(string? Query, Guid? ClassId);

public sealed record GuardianListRow(Guid Id, string FullName, string? Phone, string? Email, string Children, bool HasAccount);

/// <summary>Parents and legal representatives, with their children and classes, in Russian order.</summary>
public sealed class FindGuardiansHandler(PartaDbContext db)
{
    public async Task<IReadOnlyList<GuardianListRow>> HandleAsync(FindGuardians request, CancellationToken ct = default)
    {
        var links = await db.Guardianships.AsNoTracking()
            .Where(g => request.ClassId == null || g.Student!.SchoolClassId == request.ClassId)
            .Select(g => new
            {
                g.GuardianId, g.Relation, g.Student!.LastName, g.Student.FirstName, Grade = (int?)g.Student.SchoolClass!.Grade,
                g.Student.SchoolClass.Letter,
            })
            .ToListAsync(ct);
        var guardians = await db.Guardians.AsNoTracking()
            .Where(g => request.ClassId == null || db.Guardianships.Any(l => l.GuardianId == g.Id && l.Student!.SchoolClassId == request.ClassId))
            .Select(g => new { g.Id, g.LastName, g.FirstName, g.MiddleName, g.Phone, g.Email, g.UserId })
            .ToListAsync(ct);
        return guardians
            .Select(g => new GuardianListRow(g.Id, PersonName.Full(g.LastName, g.FirstName, g.MiddleName), g.Phone, g.Email,
                string.Join(", ", links.Where(l => l.GuardianId == g.Id)
                    .Select(l => $"{l.LastName} {l.FirstName}{(l.Grade is { } grade ? $", {grade}{l.Letter}" : "")} ({l.Relation})")),
                g.UserId is not null))
            .Where(g => NameSearch.Matches(g.FullName, request.Query))
            .OrderBy(g => g.FullName, RussianCulture.Collation)
            .ToList();
    }
}
