using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Importing;

/// <summary>What one kind counts: the records the import creates, changes or leaves as they are.</summary>
internal sealed class ImportTally(string what)
{
    private readonly HashSet<object> _entities = new(ReferenceEqualityComparer.Instance);

    public void Add(object entity) => _entities.Add(entity);

    public ImportCount Count(PartaDbContext db)
    {
        var states = _entities.Select(e => db.Entry(e).State).ToList();
        return new ImportCount(what, states.Count(s => s == EntityState.Added), states.Count(s => s == EntityState.Modified),
            states.Count(s => s == EntityState.Unchanged));
    }
}
