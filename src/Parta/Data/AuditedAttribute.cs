namespace Parta.Data;

/// <summary>
/// Marks an entity whose every change is written to the audit history by
/// <see cref="Auditing.AuditInterceptor"/> in the same transaction as the change.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class AuditedAttribute : Attribute;
