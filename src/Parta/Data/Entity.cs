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
