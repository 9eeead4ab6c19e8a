using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Organisation;

/// <summary>
/// Adds the standard subjects (<see cref="Subject.Standard"/>) that the school does not have yet (names compared as
/// <see cref="Subject.NameKey"/> compares them); answers how many were added.
/// </summary>
public sealed class AddStandardSubjects(PartaDbContext db, CurrentUser currentUser)
{
    public sealed record Request;

    public async Task<Result<int>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var existing = (await db.Subjects.Select(s => s.Name).ToListAsync(ct)).Select(Subject.NameKey).ToHashSet(StringComparer.Ordinal);
        var added = 0;
        for (var i = 0; i < Subject.Standard.Count; i++)
        {
            var (name, shortName) = Subject.Standard[i];
            if (!existing.Add(Subject.NameKey(name)))
            {
                continue;
            }

            db.Subjects.Add(new Subject { SchoolId = currentUser.SchoolId!.Value, Name = name, ShortName = shortName, SortOrder = (i + 1) * 10 });
            added++;
        }

        return await db.TrySaveAsync(ct) is { } conflict ? conflict : added;
    }
}
