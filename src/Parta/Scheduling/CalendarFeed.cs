using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Access;
using Parta.Data;

namespace Parta.Scheduling;

/// <summary>
/// A user's iCalendar feed of their lessons: a secret address a calendar app polls without signing in. Only a hash of
/// the token is kept; revoking deletes the row, and the old address answers 404.
/// </summary>
public sealed class CalendarFeed : Entity
{
    public Guid UserId { get; init; }
    public Guid SchoolId { get; init; }

    /// <summary>For a parent: whose lessons (null: the user's own, as a teacher or a student).</summary>
    public Guid? StudentId { get; init; }

    [NotAudited] public required string TokenHash { get; init; }
    public DateTime CreatedAt { get; init; }
}

internal sealed class CalendarFeedConfiguration : IEntityTypeConfiguration<CalendarFeed>
{
    public void Configure(EntityTypeBuilder<CalendarFeed> builder)
    {
        builder.Property(f => f.TokenHash).HasMaxLength(64);
        builder.HasIndex(f => f.TokenHash).IsUnique();
        builder.HasIndex(f => f.UserId);
        builder.HasOne<User>().WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
