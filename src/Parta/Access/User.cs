using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Parta.Access;

/// <summary>An account: signs in with a login (логин), not necessarily an e-mail.</summary>
public sealed class User : IdentityUser<Guid>
{
    public User()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString();
    }

    public required string LastName { get; set; }
    public required string FirstName { get; set; }
    public string? MiddleName { get; set; }

    /// <summary>Сетевой системный администратор: manages the deployment and every school.</summary>
    public bool IsSystemAdministrator { get; set; }

    /// <summary>Created with a one-time password: the next sign-in must set a new one.</summary>
    public bool MustChangePassword { get; set; }

    public bool IsBlocked { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>«Фамилия Имя Отчество».</summary>
    public string FullName => PersonName.Full(LastName, FirstName, MiddleName);
}

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.ToTable("Users");
        builder.Property(u => u.LastName).HasMaxLength(100);
        builder.Property(u => u.FirstName).HasMaxLength(100);
        builder.Property(u => u.MiddleName).HasMaxLength(100);
        builder.Ignore(u => u.FullName);
    }
}
