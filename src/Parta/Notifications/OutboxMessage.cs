using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Data;

namespace Parta.Notifications;

/// <summary>
/// A letter waiting to be sent (or sent, or given up on): written in the same transaction as the change it tells of, sent
/// by <c>OutboxWorker</c>. Not school-owned (the worker of any node sends every school's mail; <see cref="SchoolId"/> only
/// lets a school's coordinator see their own) and not audited: it is delivery machinery, not a school record.
/// </summary>
public sealed class OutboxMessage : Entity
{
    public const int AddressLength = 256;
    public const int SubjectLength = 300;
    public const int BodyLength = 20000;
    public const int ErrorLength = 1000;

    /// <summary>The MIME Message-ID (<c>&lt;guid@parta&gt;</c>): the same on every attempt, so a resend is recognised downstream.</summary>
    public string MessageId { get; init; } = $"<{Guid.NewGuid():N}@parta>";

    public Guid? SchoolId { get; init; }
    public Guid? SubscriptionId { get; init; }
    public required string To { get; init; }
    public required string Subject { get; init; }
    public required string TextBody { get; init; }
    public string? HtmlBody { get; init; }

    public DateTime CreatedAt { get; init; }

    /// <summary>Not before this moment (UTC): now when written, later after a failed attempt (the backoff).</summary>
    public DateTime NextAttemptAt { get; set; }

    public int Attempts { get; set; }
    public string? LastError { get; set; }

    /// <summary>The worker (node and process) that took the row, and until when; another worker takes it only after that.</summary>
    public string? ClaimedBy { get; set; }
    public DateTime? ClaimedUntil { get; set; }

    public DateTime? SentAt { get; set; }

    /// <summary>Set when the attempts ran out: the row stays, shown on the admin page, and is not tried again.</summary>
    public DateTime? FailedAt { get; set; }

    public void Fail(string error, DateTime now, DateTime? retryAt)
    {
        Attempts++;
        LastError = error.Length > ErrorLength ? error[..ErrorLength] : error;
        ClaimedBy = null;
        ClaimedUntil = null;
        if (retryAt is { } at)
        {
            NextAttemptAt = at;
        }
        else
        {
            FailedAt = now;
        }
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.Property(m => m.MessageId).HasMaxLength(100);
        builder.HasIndex(m => m.MessageId).IsUnique();
        builder.Property(m => m.To).HasMaxLength(OutboxMessage.AddressLength);
        builder.Property(m => m.Subject).HasMaxLength(OutboxMessage.SubjectLength);
        builder.Property(m => m.TextBody).HasMaxLength(OutboxMessage.BodyLength);
        builder.Property(m => m.HtmlBody).HasMaxLength(OutboxMessage.BodyLength);
        builder.Property(m => m.LastError).HasMaxLength(OutboxMessage.ErrorLength);
        builder.Property(m => m.ClaimedBy).HasMaxLength(100);

        // The worker's query: not sent, not given up, due.
        builder.HasIndex(m => new { m.SentAt, m.FailedAt, m.NextAttemptAt });
        builder.HasIndex(m => m.CreatedAt);
        builder.HasIndex(m => m.SchoolId);
    }
}
