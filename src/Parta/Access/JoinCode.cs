using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Data;
using Parta.Organisation;
using Parta.People;

namespace Parta.Access;

/// <summary>
/// Код присоединения: how a person who already has a Parta account (a parent with a child in another school of the
/// deployment, a teacher who also works here) joins this school with the same login. The school's account manager
/// makes a code for the person's card; the person signs in as usual and enters the code on their account page. The
/// owner of the account agrees by entering it, so no school can attach someone else's login to itself, and no school
/// learns which logins exist elsewhere. Only the code's hash is kept; a code works once, for <see cref="Lifetime"/>,
/// and a new code for the same card replaces the old one.
/// </summary>
[Audited]
public sealed class JoinCode : Entity, ISchoolOwned
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    public Guid SchoolId { get; init; }
    public PersonKind PersonKind { get; init; }
    public Guid PersonId { get; init; }
    public SchoolRole Role { get; init; }
    [NotAudited]
    public required string CodeHash { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime ExpiresAt { get; init; }
    public required string CreatedBy { get; init; }
    public DateTime? UsedAt { get; set; }
    public Guid? UsedByUserId { get; set; }

    /// <summary>The code as typed (any case, with or without dashes and spaces) → its stored hash.</summary>
    public static string Hash(string code)
    {
        var normalised = new string(code.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));
    }
}

internal sealed class JoinCodeConfiguration : IEntityTypeConfiguration<JoinCode>
{
    public void Configure(EntityTypeBuilder<JoinCode> builder)
    {
        builder.HasOne<School>().WithMany().HasForeignKey(c => c.SchoolId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.CodeHash).HasMaxLength(64);
        builder.Property(c => c.CreatedBy).HasMaxLength(256);
        builder.HasIndex(c => c.CodeHash).IsUnique();
        builder.HasIndex(c => new { c.SchoolId, c.PersonKind, c.PersonId });
    }
}
