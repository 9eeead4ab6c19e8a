using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Organisation;

namespace Parta.People;

public sealed record StudentListRow(Guid Id, string FullName, Guid? ClassId, string? ClassName, DateOnly? BirthDate, bool HasAccount);

/// <summary>
/// The students list: found by any part of the name (case and «ё» ignored), filtered by class, in Russian order of
/// «Фамилия Имя Отчество». A school has at most a few thousand students, so the name match and the order are done in
/// memory: the same rules on SQLite and PostgreSQL, whatever the database's collation.
/// </summary>
public sealed class FindStudents(PartaDbContext db)
{
    public sealed record Request(string? Query = null, Guid? ClassId = null);

    public async Task<IReadOnlyList<StudentListRow>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var query = db.Students.AsNoTracking();
        if (request.ClassId is { } classId)
        {
            query = query.Where(s => s.SchoolClassId == classId);
        }

        var rows = await query
            .Select(s => new
            {
                s.Id, s.LastName, s.FirstName, s.MiddleName, s.SchoolClassId, s.BirthDate, s.UserId,
                Grade = (int?)s.SchoolClass!.Grade, Letter = s.SchoolClass.Letter,
            })
            .ToListAsync(ct);
        return rows
            .Select(s => new StudentListRow(s.Id, PersonName.Full(s.LastName, s.FirstName, s.MiddleName), s.SchoolClassId,
                s.Grade is { } g ? SchoolClass.NameOf(g, s.Letter) : null, s.BirthDate, s.UserId is not null))
            .Where(s => NameSearch.Matches(s.FullName, request.Query))
            .OrderBy(s => s.FullName, RussianCulture.Collation)
            .ToList();
    }
}
