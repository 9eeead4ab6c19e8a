using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Data;

namespace Parta.Access;

/// <summary>
/// A signed-in browser session. The session cookie names it; every request checks that the row still exists, so a
/// sign-out (which deletes it) kills the session on every app node at once and a copied old cookie is worth nothing.
/// </summary>
public sealed class UserSession : Entity
{
    public Guid UserId { get; set; }
    public DateTime CreatedAt { get; init; }
    public DateTime ExpiresAt { get; set; }
}

internal sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> builder)
    {
        builder.HasIndex(s => s.UserId);
        builder.HasIndex(s => s.ExpiresAt);
    }
}
