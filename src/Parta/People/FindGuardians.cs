using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Organisation;

namespace Parta.People;

public sealed record GuardianListRow(Guid Id, string FullName, string? Phone, string? Email, string Children, bool HasAccount);

/// <summary>Parents and legal representatives, with their children and classes, in Russian order, a page at a time.</summary>
public sealed class FindGuardians(PartaDbContext db)
{
    public sealed record Request(string? Query = null, Guid? ClassId = null, int Page = 1);

    public async Task<Paged<GuardianListRow>> HandleAsync(Request request, CancellationToken ct = default)
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
        var childrenOf = links.ToLookup(l => l.GuardianId);
        return Paged.Of(NameSearch.Search(guardians
                .Select(g => new GuardianListRow(g.Id, PersonName.Full(g.LastName, g.FirstName, g.MiddleName), g.Phone, g.Email,
                    string.Join(", ", childrenOf[g.Id]
                        .Select(l => $"{l.LastName} {l.FirstName}{(l.Grade is { } grade ? $", {SchoolClass.NameOf(grade, l.Letter)}" : "")} ({l.Relation})")),
                    g.UserId is not null)),
                g => g.FullName, request.Query)
            .ToList(), request.Page);
    }
}
