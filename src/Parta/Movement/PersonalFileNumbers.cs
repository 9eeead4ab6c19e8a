using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Movement;

/// <summary>
/// Номера личных дел by the alphabetical book's rule: the first letter of the surname and the next number for that
/// letter in the school («К-37»). Numbers are never reused: the next one follows the highest ever given.
/// </summary>
public static class PersonalFileNumbers
{
    public static async Task<string> NextAsync(PartaDbContext db, string lastName, CancellationToken ct = default)
    {
        var letter = char.ToUpperInvariant(lastName.Trim()[0]).ToString();
        var prefix = letter + "-";
        var taken = await db.Students.IgnoreQueryFilters()
            .Where(s => s.SchoolId == db.CurrentSchoolId && s.PersonalFileNumber != null && s.PersonalFileNumber.StartsWith(prefix))
            .Select(s => s.PersonalFileNumber!)
            .ToListAsync(ct);
        var highest = taken.Select(n => int.TryParse(n[prefix.Length..], out var v) ? v : 0).DefaultIfEmpty(0).Max();
        return $"{prefix}{highest + 1}";
    }
}
