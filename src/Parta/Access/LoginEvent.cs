using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Data;

namespace Parta.Access;

/// <summary>One sign-in attempt or sign-out of an account, shown to the user in their login history.</summary>
public sealed class LoginEvent : Entity
{
    public Guid UserId { get; init; }
    public DateTime At { get; init; }
    public LoginOutcome Outcome { get; init; }
    public string? IpAddress { get; init; }
    public string? UserAgent { get; init; }

    /// <summary>"web" for the pages, "api" for a token.</summary>
    public required string Channel { get; init; }

    public static string OutcomeTitle(LoginOutcome outcome) => outcome switch
    {
        LoginOutcome.Succeeded => "Вход выполнен",
        LoginOutcome.WrongPassword => "Неверный пароль",
        LoginOutcome.LockedOut => "Учётная запись временно заблокирована",
        LoginOutcome.Blocked => "Учётная запись заблокирована",
        LoginOutcome.RateLimited => "Слишком много попыток",
        LoginOutcome.SignedOut => "Выход",
        _ => outcome.ToString(),
    };
}

internal sealed class LoginEventConfiguration : IEntityTypeConfiguration<LoginEvent>
{
    public void Configure(EntityTypeBuilder<LoginEvent> builder)
    {
        builder.Property(e => e.IpAddress).HasMaxLength(64);
        builder.Property(e => e.UserAgent).HasMaxLength(300);
        builder.Property(e => e.Channel).HasMaxLength(10);
        builder.HasOne<User>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.UserId, e.At });
    }
}
