using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Organisation;

/// <summary>Creates a subject or changes its name, short name and place in lists.</summary>
public sealed class SaveSubject(PartaDbContext db, CurrentUser currentUser)
{
    /// <param name="SortOrder">Its place in lists; none: after the others (a new subject) or as it was.</param>
    /// <param name="Version">The subject's version the form was opened with (null: no check).</param>
    public sealed record Request(Guid? Id, string? Name, string? ShortName, int? SortOrder = null, uint? Version = null);

    public sealed record SubjectNotFound() : NotFound("Предмет не найден.");

    /// <summary>Another subject has this name, as <see cref="Subject.NameKey"/> compares names.</summary>
    public sealed record DuplicateName(string Existing) : Invalid($"Предмет «{Existing}» уже есть.", nameof(Request.Name));

    /// <summary>
    /// The rule of a subject's names, for the form and the import alike: a name of up to 200 characters and a short name
    /// of up to 50, both required, one line each. Errors go to <see cref="Request.Name"/> and <see cref="Request.ShortName"/>.
    /// </summary>
    /// <returns>The names as saved (trimmed); null when refused.</returns>
    public static (string Name, string ShortName)? CheckNames(Checks checks, string? name, string? shortName)
    {
        var errorsBefore = checks.Errors.Count;
        var checkedName = checks.Required(name, nameof(Request.Name), "Название", 200);
        var checkedShort = checks.Required(shortName, nameof(Request.ShortName), "Краткое название", 50);
        return checks.Errors.Count == errorsBefore ? (checkedName, checkedShort) : null;
    }

    /// <summary>The subject among <paramref name="others"/> that has the same name as <paramref name="name"/>, if any.</summary>
    public static T? SameName<T>(IEnumerable<T> others, Func<T, string> nameOf, string name)
        where T : class
    {
        var key = Subject.NameKey(name);
        return others.FirstOrDefault(o => Subject.NameKey(nameOf(o)) == key);
    }

    public async Task<Result<Subject>> HandleAsync(Request request, CancellationToken ct = default)
    {
        Subject? subject = null;
        if (request.Id is { } id)
        {
            subject = await db.Subjects.FirstOrDefaultAsync(s => s.Id == id, ct);
            if (subject is null)
            {
                return new SubjectNotFound();
            }

            if (db.Expect(subject, request.Version) is { } stale)
            {
                return stale;
            }
        }

        var checks = new Checks();
        var names = CheckNames(checks, request.Name, request.ShortName);
        var sortOrder = checks.Number(request.SortOrder, nameof(Request.SortOrder), "Порядок в списках", 0, 100_000);
        if (names is { } n)
        {
            var others = await db.Subjects.AsNoTracking().Where(s => s.Id != request.Id).Select(s => s.Name).ToListAsync(ct);
            if (SameName(others, o => o, n.Name) is { } existing)
            {
                checks.Add(new DuplicateName(existing));
            }
        }

        if (checks.Failed)
        {
            return checks.Refusal<Subject>();
        }

        var (name, shortName) = names!.Value;
        if (subject is null)
        {
            subject = new Subject
            {
                SchoolId = currentUser.SchoolId!.Value, Name = name, ShortName = shortName,
                SortOrder = sortOrder ?? (await db.Subjects.MaxAsync(s => (int?)s.SortOrder, ct) ?? 0) + 10,
            };
            db.Subjects.Add(subject);
        }

        subject.Name = name;
        subject.ShortName = shortName;
        subject.SortOrder = sortOrder ?? subject.SortOrder;
        return await db.TrySaveAsync(ct) is { } conflict ? conflict : subject;
    }
}
