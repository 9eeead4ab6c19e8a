using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;

namespace Parta.People;

public sealed record FindStudents(string? Query, Guid? ClassId);

public sealed record StudentListRow(Guid Id, string FullName, Guid? ClassId, string? ClassName, DateOnly? BirthDate, bool HasAccount);

public sealed record ClassOption(Guid Id, string Name);

/// <summary>
/// The students list: found by any part of the name (case and «ё» ignored), filtered by class, in Russian order of
/// «Фамилия Имя Отчество». A school has at most a few thousand students, so the name match and the order are done in
/// memory: the same rules on SQLite and PostgreSQL, whatever the database's collation.
/// </summary>
public sealed class FindStudentsHandler(PartaDbContext db)
{
    public async Task<IReadOnlyList<StudentListRow>> HandleAsync(FindStudents request, CancellationToken ct = default)
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
                s.Grade is { } g ? $"{g}{s.Letter}" : null, s.BirthDate, s.UserId is not null))
            .Where(s => NameSearch.Matches(s.FullName, request.Query))
            .OrderBy(s => s.FullName, RussianCulture.Collation)
            .ToList();
    }

    /// <summary>The school's classes for a filter, by grade and letter, the latest year first (with the year when there are several).</summary>
    public async Task<IReadOnlyList<ClassOption>> ClassesAsync(CancellationToken ct = default)
    {
        var classes = await db.SchoolClasses.AsNoTracking()
            .Select(c => new
            {
                c.Id, c.Grade, c.Letter, c.AcademicYearId,
                Year = db.AcademicYears.Where(y => y.Id == c.AcademicYearId).Select(y => new { y.Start, y.Name }).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var severalYears = classes.Select(c => c.AcademicYearId).Distinct().Count() > 1;
        return classes
            .OrderByDescending(c => c.Year?.Start).ThenBy(c => c.Grade).ThenBy(c => c.Letter, RussianCulture.Collation)
            .Select(c => new ClassOption(c.Id, severalYears ? $"{c.Grade}{c.Letter} ({c.Year?.Name})" : $"{c.Grade}{c.Letter}"))
            .ToList();
    }
}
