using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Data;

namespace Parta.Notifications;

/// <summary>
/// A line of the next digest of a subscription («Новая отметка: Математика, 4…»): written with the change it tells of,
/// marked digested in the same transaction as the digest letter's <see cref="OutboxMessage"/>. Not audited.
/// </summary>
public sealed class NotificationDigestItem : Entity, ISchoolOwned
{
    public const int TextLength = 1000;

    public Guid SchoolId { get; init; }
    public Guid SubscriptionId { get; init; }
    public DateTime CreatedAt { get; init; }
    public required string Text { get; init; }
    public DateTime? DigestedAt { get; set; }
}

internal sealed class NotificationDigestItemConfiguration : IEntityTypeConfiguration<NotificationDigestItem>
{
    public void Configure(EntityTypeBuilder<NotificationDigestItem> builder)
    {
        builder.Property(i => i.Text).HasMaxLength(NotificationDigestItem.TextLength);
        builder.HasOne<NotificationSubscription>().WithMany().HasForeignKey(i => i.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => new { i.SubscriptionId, i.DigestedAt });
        builder.HasIndex(i => i.DigestedAt);
    }
}
