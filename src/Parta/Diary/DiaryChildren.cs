using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Common;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Diary;

/// <summary>A child in the diary's switcher: who, in which class and school.</summary>
public sealed record DiaryChild(Guid StudentId, string FullName, string ClassName, Guid SchoolId, string SchoolName);

/// <summary>
/// The students whose diary the signed-in user opens through the family side, for the child switcher: a parent's
/// children in every school of the parent's memberships (guardianships the school restricted give nothing), a student
/// only themself; withdrawn students (no class) are not listed. Sorted by name.
/// </summary>
public sealed class DiaryChildren(PartaDbContext db, CurrentUser user)
{
    public async Task<IReadOnlyList<DiaryChild>> HandleAsync(CancellationToken ct = default)
    {
        if (user.UserId is not { } userId)
        {
            return [];
        }

        var schools = db.SchoolMemberships.IgnoreQueryFilters().Where(m => m.UserId == userId && m.BlockedAt == null).Select(m => m.SchoolId);
        var rows = await db.Students.IgnoreQueryFilters().AsNoTracking()
            .OfFamily(db.Guardianships.IgnoreQueryFilters(), userId)
            .Where(s => s.SchoolClassId != null && schools.Contains(s.SchoolId))
            .Select(s => new
            {
                s.Id, s.LastName, s.FirstName, s.MiddleName, s.SchoolClass!.Grade, s.SchoolClass.Letter, s.SchoolId,
                School = db.Schools.Where(x => x.Id == s.SchoolId).Select(x => x.ShortName).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return rows
            .Select(r => new DiaryChild(r.Id, PersonName.Full(r.LastName, r.FirstName, r.MiddleName), SchoolClass.NameOf(r.Grade, r.Letter), r.SchoolId, r.School ?? ""))
            .OrderBy(c => c.FullName, RussianCulture.Collation)
            .ToList();
    }
}
