using System.Globalization;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Parta.Auditing;

namespace Parta.Data;

/// <summary>A write into a school other than the current one, which no use case allowed: a bug, never a user's mistake.</summary>
public sealed class CrossSchoolWriteException(string message) : InvalidOperationException(message);

public sealed partial class PartaDbContext
{
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        PrepareToSave();
        try
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        finally
        {
            AuditReason = null;
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        PrepareToSave();
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            // A reason belongs to the one save it was given for, never to a later change.
            AuditReason = null;
        }
    }

    /// <summary>
    /// Saves, and answers a <see cref="StaleRecord"/> instead of throwing when a versioned row was changed by someone
    /// else since it was read (the current values come from the database).
    /// </summary>
    public async Task<Error?> TrySaveAsync(CancellationToken ct = default)
    {
        try
        {
            await SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException e) when (e.Entries.Count > 0)
        {
            var entry = e.Entries[0];
            var current = await entry.GetDatabaseValuesAsync(ct);
            if (current is null)
            {
                return new NotFound("Запись уже удалил другой пользователь.");
            }

            return Stale(current);
        }
    }

    /// <summary>
    /// Checks the version a form or an API client last saw (<c>null</c>: the client does not track versions, the last
    /// save wins) against the row just read: a different one is a <see cref="StaleRecord"/>. The expected version is also
    /// what the UPDATE compares, so a save between this read and ours is caught by <see cref="TrySaveAsync"/>.
    /// </summary>
    public StaleRecord? Expect<T>(T row, uint? version)
        where T : class, IVersioned
    {
        if (version is not { } expected)
        {
            return null;
        }

        var entry = Entry(row);
        if (row.Version != expected)
        {
            return Stale(entry.CurrentValues);
        }

        entry.Property(r => r.Version).OriginalValue = expected;
        return null;
    }

    /// <summary>
    /// Removes the rows of a query through the change tracker: they go at the caller's SaveChanges, each deletion in the
    /// audit history and in the same transaction as the rest of the use case. This is the only way school data is
    /// deleted in bulk (ExecuteDelete is banned: it would bypass the history).
    /// </summary>
    public async Task<int> RemoveAllAsync<T>(IQueryable<T> rows, CancellationToken ct = default)
        where T : class
    {
        var list = await rows.ToListAsync(ct);
        RemoveRange(list);
        return list.Count;
    }

    /// <summary>
    /// Deletes at once, with one statement, rows that are not audited and not school data (sessions, settings). Refuses
    /// an audited type: those go through <see cref="RemoveAllAsync"/>.
    /// </summary>
    public Task<int> PurgeAsync<T>(IQueryable<T> rows, CancellationToken ct = default)
        where T : class
    {
        if (typeof(T).GetCustomAttribute<AuditedAttribute>() is not null || typeof(ISchoolOwned).IsAssignableFrom(typeof(T)))
        {
            throw new InvalidOperationException($"{typeof(T).Name} is audited school data: remove it with RemoveAllAsync.");
        }

#pragma warning disable RS0030 // The one sanctioned use: rows outside the audit history.
        return rows.ExecuteDeleteAsync(ct);
#pragma warning restore RS0030
    }

    /// <summary>
    /// Before every save: refuses a school-owned row written into a school other than the current one (the tenancy filter
    /// guards reads, this guards writes), and moves the SQLite version of every updated versioned row.
    /// </summary>
    private void PrepareToSave()
    {
        // Entries() detects changes itself (unless a caller turned that off and detects them once itself, as the import does).
        var isSqlite = !Database.IsNpgsql();
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            if (entry.Entity is Organisation.School)
            {
                // The current school's row read once for the scope (CurrentSchoolAsync) is read again after its change.
                _school = null;
            }

            if (entry.Entity is ISchoolOwned owned && !currentUser.MayWriteTo(owned.SchoolId))
            {
                throw new CrossSchoolWriteException(
                    $"{entry.Metadata.ClrType.Name} {entry.State} in school {owned.SchoolId}, but the current school is {currentUser.SchoolId?.ToString() ?? "none"}.");
            }

            if (isSqlite && entry.Entity is IVersioned versioned && entry.State is EntityState.Modified)
            {
                var version = entry.Property(nameof(IVersioned.Version));
                versioned.Version = unchecked((uint)version.OriginalValue! + 1);
            }
        }
    }

    private static StaleRecord Stale(PropertyValues values)
    {
        var current = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in values.Properties)
        {
            if (property.IsPrimaryKey() || property.IsShadowProperty() || property.Name is nameof(IVersioned.Version) or nameof(ISchoolOwned.SchoolId))
            {
                continue;
            }

            current[property.Name] = values[property] switch
            {
                null => "",
                DateOnly d => RussianDate.Show(d),
                bool b => b ? "да" : "нет",
                decimal m => m.ToString("0.##", RussianCulture.Instance),
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                var v => v.ToString() ?? "",
            };
        }

        return new StaleRecord((uint)(values[nameof(IVersioned.Version)] ?? 0u), current);
    }
}
