using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Parta.Notifications;

/// <summary>Sends one letter; throws when it could not (the outbox worker retries).</summary>
public interface IMailSender
{
    Task SendAsync(MimeMessage message, CancellationToken ct);
}

/// <summary>The letter of an outbox row as MIME, with the row's id as its Message-ID (the same on every attempt).</summary>
public static class OutboxMail
{
    public static MimeMessage ToMime(OutboxMessage row, string from)
    {
        var message = new MimeMessage
        {
            // MimeKit keeps the id without the angle brackets and writes them itself.
            MessageId = row.MessageId.Trim('<', '>'),
            Subject = row.Subject,
            Date = new DateTimeOffset(DateTime.SpecifyKind(row.CreatedAt, DateTimeKind.Utc)),
        };
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(row.To));
        var body = new BodyBuilder { TextBody = row.TextBody, HtmlBody = row.HtmlBody };
        message.Body = body.ToMessageBody();
        return message;
    }

    /// <summary>The pickup file's name of a message id: <c>&lt;abc@parta&gt;</c> → <c>abc@parta.eml</c>.</summary>
    public static string FileName(string messageId) => messageId.Trim('<', '>') + ".eml";
}

/// <summary>SMTP through MailKit: a connection per letter (the outbox sends a few letters a second at most).</summary>
public sealed class SmtpMailSender(SmtpOptions options) : IMailSender
{
    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        using var client = new SmtpClient { Timeout = 30_000 };
        await client.ConnectAsync(options.Host ?? "localhost", options.Port, options.UseSsl ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTlsWhenAvailable, ct);
        if (!string.IsNullOrEmpty(options.User))
        {
            await client.AuthenticateAsync(options.User, options.Password ?? "", ct);
        }

        await client.SendAsync(message, ct);
        await client.DisconnectAsync(quit: true, ct);
    }
}

/// <summary>
/// The default with no SMTP server: each letter becomes <c>&lt;directory&gt;/&lt;message id&gt;.eml</c>, shown on the admin
/// page (the demo works without a mail server). A resend of the same letter overwrites its file.
/// </summary>
public sealed class PickupDirectoryMailSender(string directory) : IMailSender
{
    public string Directory { get; } = directory;

    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var path = Path.Combine(Directory, OutboxMail.FileName(message.MessageId ?? Guid.NewGuid().ToString("N")));
        var temporary = path + ".tmp";
        await using (var stream = File.Create(temporary))
        {
            await message.WriteToAsync(stream, ct);
        }

        // Written whole, then moved: the admin page never reads half a letter.
        File.Move(temporary, path, overwrite: true);
    }
}
