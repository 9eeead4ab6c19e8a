namespace Parta.Data;

/// <summary>A row with a version 7 GUID made by the application, so ids sort by creation.</summary>
public abstract class Entity
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
}

/// <summary>A row that belongs to one school: the tenancy filter scopes every query of it.</summary>
public interface ISchoolOwned
{
    Guid SchoolId { get; }
}

/// <summary>
/// Marks an entity whose every change is written to the audit history by
/// <see cref="Auditing.AuditInterceptor"/> in the same transaction as the change.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class AuditedAttribute : Attribute;

/// <summary>
/// A row edited through a form or the API: it carries a concurrency token, so that of two people saving the same record
/// the second is told instead of silently overwriting the first. On PostgreSQL the token is the row's <c>xmin</c>
/// (changed by every update); on SQLite it is a column that <see cref="PartaDbContext"/> increments at every update.
/// Forms carry it in a hidden field; use cases compare it with <see cref="PartaDbContext.Expect"/>.
/// </summary>
public interface IVersioned
{
    uint Version { get; set; }
}

/// <summary>A property left out of the audit history (a hash, a token): its changes are not worth keeping or showing.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NotAuditedAttribute : Attribute;
