namespace Parta.Data;

/// <summary>A property left out of the audit history (a hash, a token): its changes are not worth keeping or showing.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NotAuditedAttribute : Attribute;
