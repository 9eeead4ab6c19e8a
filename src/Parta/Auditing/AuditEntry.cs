using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Data;

namespace Parta.Auditing;

/// <summary>One changed field of an audited entity: who, when, old and new value.</summary>
public sealed class AuditEntry : Entity
{
    /// <summary>The school the row belongs to; null for deployment-level rows (schools themselves, accounts).</summary>
    public Guid? SchoolId { get; init; }
    public DateTime At { get; init; }
    public Guid? UserId { get; init; }
    public required string UserLogin { get; init; }
    public required string EntityType { get; init; }
    public Guid EntityId { get; init; }
    public AuditAction Action { get; init; }
    public required string Field { get; init; }
    public string? OldValue { get; init; }
    public string? NewValue { get; init; }

    /// <summary>Why the change was made, where the use case asks for a reason (corrections, closed periods).</summary>
    public string? Reason { get; init; }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.UserLogin).HasMaxLength(256);
        builder.Property(a => a.EntityType).HasMaxLength(100);
        builder.Property(a => a.Field).HasMaxLength(100);
        builder.Property(a => a.OldValue).HasMaxLength(4000);
        builder.Property(a => a.NewValue).HasMaxLength(4000);
        builder.Property(a => a.Reason).HasMaxLength(1000);
        builder.HasIndex(a => new { a.EntityType, a.EntityId, a.At });
        builder.HasIndex(a => new { a.SchoolId, a.At });
    }
}
