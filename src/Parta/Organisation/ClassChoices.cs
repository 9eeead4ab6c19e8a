using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Organisation;

/// <summary>A class as a choice in a form or filter: «5А».</summary>
public sealed record ClassChoice(Guid Id, string Name, int Grade, Guid AcademicYearId);

/// <summary>The classes of the current school in the order people expect: by grade, then by letter in Russian order.</summary>
public static class ClassChoices
{
    public static async Task<List<ClassChoice>> LoadAsync(PartaDbContext db, Guid? academicYearId = null, CancellationToken ct = default)
    {
        var query = db.SchoolClasses.AsNoTracking();
        if (academicYearId is { } yearId)
        {
            query = query.Where(c => c.AcademicYearId == yearId);
        }

        var classes = await query.Select(c => new { c.Id, c.Grade, c.Letter, c.AcademicYearId }).ToListAsync(ct);
        return classes
            .OrderBy(c => SchoolClass.NameOf(c.Grade, c.Letter), ClassOrder.Instance)
            .Select(c => new ClassChoice(c.Id, SchoolClass.NameOf(c.Grade, c.Letter), c.Grade, c.AcademicYearId))
            .ToList();
    }
}
