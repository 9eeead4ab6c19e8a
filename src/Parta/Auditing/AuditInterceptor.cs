using System.Globalization;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Auditing;

/// <summary>
/// Writes an <see cref="AuditEntry"/> per changed field of every <see cref="AuditedAttribute"/> entity, added to the
/// same SaveChanges and therefore committed or rolled back together with the change itself. Who made the change is the
/// context's own <see cref="PartaDbContext.CurrentUser"/>, so one interceptor serves every context (the context's options
/// are built once, not per request).
/// </summary>
public sealed class AuditInterceptor(TimeProvider time) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        AddAuditEntries(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        AddAuditEntries(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void AddAuditEntries(DbContext? context)
    {
        if (context is not PartaDbContext db || db.GeneratedDataWithoutAudit)
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var entries = new List<AuditEntry>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)
                || !AuditedTypes.GetOrAdd(entry.Entity.GetType(), t => t.GetCustomAttribute<AuditedAttribute>() is not null)
                || entry.Entity is not Entity entity)
            {
                continue;
            }

            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Created,
                EntityState.Deleted => AuditAction.Deleted,
                _ => AuditAction.Changed,
            };
            var schoolId = entry.Entity switch
            {
                ISchoolOwned owned => owned.SchoolId,
                School school => school.Id,
                _ => (Guid?)null,
            };

            foreach (var property in entry.Properties)
            {
                if (!IsAudited(property.Metadata))
                {
                    continue;
                }

                var (oldValue, newValue) = action switch
                {
                    AuditAction.Created => (null, Format(property.CurrentValue)),
                    AuditAction.Deleted => (Format(property.OriginalValue), null),
                    _ => (Format(property.OriginalValue), Format(property.CurrentValue)),
                };
                if (action == AuditAction.Changed && (!property.IsModified || oldValue == newValue))
                {
                    continue;
                }

                // A field with no value tells nothing when its row is made or goes (a generated lesson without a topic).
                if ((action == AuditAction.Created && newValue is null) || (action == AuditAction.Deleted && oldValue is null))
                {
                    continue;
                }

                entries.Add(new AuditEntry
                {
                    SchoolId = schoolId,
                    At = now,
                    UserId = db.CurrentUser.UserId,
                    UserLogin = db.CurrentUser.Login ?? "system",
                    EntityType = entry.Metadata.ClrType.Name,
                    EntityId = entity.Id,
                    Action = action,
                    Field = property.Metadata.Name,
                    OldValue = oldValue,
                    NewValue = newValue,
                    Reason = db.AuditReason,
                });
            }
        }

        db.AuditEntries.AddRange(entries);
    }

    /// <summary>
    /// Which properties of an audited entity have their changes written: not the key, not shadow properties, not the
    /// concurrency token (it changes with every save), not those marked <see cref="NotAuditedAttribute"/>.
    /// </summary>
    public static bool IsAudited(Microsoft.EntityFrameworkCore.Metadata.IReadOnlyProperty property) =>
        AuditedProperties.GetOrAdd(property, IsAuditedUncached);

    // Reflection once per type and property, not once per saved row: a year's lessons are tens of thousands of rows.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, bool> AuditedTypes = new();
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Microsoft.EntityFrameworkCore.Metadata.IReadOnlyProperty, bool> AuditedProperties =
        new(ReferenceEqualityComparer.Instance);

    private static bool IsAuditedUncached(Microsoft.EntityFrameworkCore.Metadata.IReadOnlyProperty property) =>
        !property.IsPrimaryKey() && !property.IsShadowProperty() && !property.IsConcurrencyToken
        && property.PropertyInfo?.GetCustomAttribute<NotAuditedAttribute>() is null;

    private static string? Format(object? value)
    {
        var text = value switch
        {
            null => null,
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateTime dt => dt.ToString("O", CultureInfo.InvariantCulture),
            bool b => b ? "true" : "false",
            Enum e => e.ToString(),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
        return text is { Length: > 4000 } ? text[..4000] : text;
    }
}
