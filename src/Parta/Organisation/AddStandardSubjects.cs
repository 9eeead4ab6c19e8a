using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Organisation;

/// <summary>Adds the standard subjects (<see cref="Subject.Standard"/>) that the school does not have yet; answers how many were added.</summary>
public sealed class AddStandardSubjects(PartaDbContext db, CurrentUser currentUser)
{
    public async Task<int> HandleAsync(CancellationToken ct = default)
    {
        var existing = (await db.Subjects.Select(s => s.Name).ToListAsync(ct)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var added = 0;
        for (var i = 0; i < Subject.Standard.Count; i++)
        {
            var (name, shortName) = Subject.Standard[i];
            if (existing.Contains(name))
            {
                continue;
            }

            db.Subjects.Add(new Subject { SchoolId = currentUser.SchoolId!.Value, Name = name, ShortName = shortName, SortOrder = (i + 1) * 10 });
            added++;
        }

        await db.SaveChangesAsync(ct);
        return added;
    }
}
