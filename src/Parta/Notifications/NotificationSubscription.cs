using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parta.Access;
using Parta.Data;
using Parta.People;

namespace Parta.Notifications;

/// <summary>How a subscription's notifications go out: each at once, or all of a day in one letter at a chosen hour.</summary>
public enum NotificationMode
{
    Instant,
    Digest,
}

/// <summary>What a subscriber may be told about (the API's kind names are these in camel case).</summary>
public enum NotificationKind
{
    NewMarks,
    LowMarks,
    Absences,
    Homework,
    TeacherMessages,
}

/// <summary>
/// A user's choice of notifications about one student (their child, or themself from grade 5): which kinds, the low-mark
/// threshold, at once or as a daily digest. Not audited: these are the user's own settings, not school records. Who is
/// actually written to is decided at each change by the family rule, so a subscription of a guardian the school has
/// since restricted yields nothing.
/// </summary>
public sealed class NotificationSubscription : Entity, ISchoolOwned, IVersioned
{
    public const int DefaultLowMarkThreshold = 3;
    public const int TokenLength = 43;

    public uint Version { get; set; }
    public Guid SchoolId { get; init; }
    public Guid UserId { get; init; }
    public Guid StudentId { get; init; }

    public bool NewMarks { get; set; }
    public bool LowMarks { get; set; }

    /// <summary>A five-point mark below this (2…5) is «low»: the default 3 tells of every 2 and 1.</summary>
    public int LowMarkThreshold { get; set; } = DefaultLowMarkThreshold;

    public bool Absences { get; set; }
    public bool Homework { get; set; }

    /// <summary>Messages from a teacher (the messaging module to come writes them).</summary>
    public bool TeacherMessages { get; set; }

    public NotificationMode Mode { get; set; }

    /// <summary>The hour (0–23, the school's time) at which the digest goes out.</summary>
    public int DigestHour { get; set; } = DefaultDigestHour;

    /// <summary>The digest's hour until the user chooses another (the school's time).</summary>
    public const int DefaultDigestHour = 19;

    /// <summary>The school day of the last digest sent, so one day gets one digest.</summary>
    public DateOnly? LastDigestOn { get; set; }

    /// <summary>The secret of the unsubscribe link in every letter: it turns off this subscription only, without signing in.</summary>
    public string UnsubscribeToken { get; init; } = NewToken();

    public bool AnyKind => NewMarks || LowMarks || Absences || Homework || TeacherMessages;

    public bool Has(NotificationKind kind) => kind switch
    {
        NotificationKind.NewMarks => NewMarks,
        NotificationKind.LowMarks => LowMarks,
        NotificationKind.Absences => Absences,
        NotificationKind.Homework => Homework,
        NotificationKind.TeacherMessages => TeacherMessages,
        _ => false,
    };

    public void Set(IReadOnlyCollection<NotificationKind> kinds)
    {
        NewMarks = kinds.Contains(NotificationKind.NewMarks);
        LowMarks = kinds.Contains(NotificationKind.LowMarks);
        Absences = kinds.Contains(NotificationKind.Absences);
        Homework = kinds.Contains(NotificationKind.Homework);
        TeacherMessages = kinds.Contains(NotificationKind.TeacherMessages);
    }

    public IReadOnlyList<NotificationKind> Kinds => Enum.GetValues<NotificationKind>().Where(Has).ToList();

    public static string NewToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
}

internal sealed class NotificationSubscriptionConfiguration : IEntityTypeConfiguration<NotificationSubscription>
{
    public void Configure(EntityTypeBuilder<NotificationSubscription> builder)
    {
        builder.Property(s => s.UnsubscribeToken).HasMaxLength(NotificationSubscription.TokenLength);
        builder.HasIndex(s => s.UnsubscribeToken).IsUnique();
        builder.HasOne<User>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Student>().WithMany().HasForeignKey(s => s.StudentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.UserId, s.StudentId }).IsUnique();
        builder.HasIndex(s => s.StudentId);
        builder.Ignore(s => s.Kinds);
        builder.Ignore(s => s.AnyKind);
    }
}
