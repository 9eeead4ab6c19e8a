namespace Parta.Notifications;

/// <summary>The <c>Parta:Mail</c> section: the SMTP server (none: letters go to the pickup directory) and the outbox worker.</summary>
public sealed class MailOptions
{
    public const string Section = "Parta:Mail";

    public SmtpOptions Smtp { get; set; } = new();
    public OutboxWorkerOptions Worker { get; set; } = new();
}

public sealed class SmtpOptions
{
    /// <summary>Empty: no SMTP server, each letter is written as an <c>.eml</c> file into <c>&lt;data directory&gt;/mail</c>.</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 587;
    public string? User { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "Parta <noreply@parta.local>";

    /// <summary>true: TLS from the first byte (port 465); false: STARTTLS when the server offers it.</summary>
    public bool UseSsl { get; set; }
}

public sealed class OutboxWorkerOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>How often a node looks for due letters and digests (the demo's «within a minute» needs ≤ 10 s).</summary>
    public int PollSeconds { get; set; } = 5;

    public int BatchSize { get; set; } = 20;

    /// <summary>After this many failed attempts a letter is left failed (shown on the admin page), not tried again.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The first retry's delay; each next one doubles (with jitter), up to <see cref="MaxBackoffSeconds"/>.</summary>
    public int BackoffSeconds { get; set; } = 30;

    public int MaxBackoffSeconds { get; set; } = 3600;

    /// <summary>How long a claimed letter is another node's: a node that dies mid-batch frees its letters after this.</summary>
    public int LeaseSeconds { get; set; } = 300;
}
