using Microsoft.EntityFrameworkCore;
using MimeKit;
using Parta.Common;
using Parta.Data;

namespace Parta.Notifications;

/// <summary>An outbox letter as the admin page lists it.</summary>
/// <param name="CreatedAt">In the school's own time (UTC for the system administrator outside a school).</param>
public sealed record OutboxRow(Guid Id, string MessageId, string To, string Subject, string Status, int Attempts, string? LastError, DateTime CreatedAt, DateTime? SentAt, bool HasFile);

/// <summary>A letter's text as sent (from its pickup file when there is one, else from the outbox).</summary>
public sealed record OutboxLetter(OutboxRow Row, string Text);

/// <summary>
/// The outbox for the admin page «Почта»: the latest letters with their state. The system administrator sees every
/// school's; a school's coordinator only their school's.
/// </summary>
/// <remarks>
/// Two kinds of user reach it, by two rights that no one permission joins: the system administrator (who needs no
/// school) and the holder of <see cref="Access.Permissions.UsersManage"/> in the current school. The page is declared for
/// signed-in users and this use case says who, as a resource rule (as the sheet's rules do).
/// </remarks>
public sealed class GetOutbox(PartaDbContext db, CurrentUser user, Access.PermissionResolver permissions, PickupDirectory pickup)
{
    public const int Shown = 200;

    public sealed record NotAllowed() : Forbidden("Почту видят администратор системы и координатор школы.");

    public async Task<Result<IReadOnlyList<OutboxRow>>> HandleAsync(CancellationToken ct = default)
    {
        if (!await AllowedAsync(ct))
        {
            return new NotAllowed();
        }

        var zone = await ZoneAsync(ct);
        return (await Visible().OrderByDescending(m => m.CreatedAt).Take(Shown).ToListAsync(ct)).Select(m => Row(m, zone)).ToList();
    }

    public async Task<Result<OutboxLetter>> LetterAsync(Guid id, CancellationToken ct = default)
    {
        if (!await AllowedAsync(ct))
        {
            return new NotAllowed();
        }

        var row = await Visible().FirstOrDefaultAsync(m => m.Id == id, ct);
        if (row is null)
        {
            return new NotFound("Письмо не найдено.");
        }

        var path = pickup.PathOf(row.MessageId);
        if (path is not null && File.Exists(path))
        {
            using var message = await MimeMessage.LoadAsync(path, ct);
            return new OutboxLetter(Row(row, await ZoneAsync(ct)), message.TextBody ?? "");
        }

        return new OutboxLetter(Row(row, await ZoneAsync(ct)), row.TextBody);
    }

    private async Task<bool> AllowedAsync(CancellationToken ct) =>
        user.IsSystemAdministrator || (await permissions.GetAsync(ct)).Has(Access.Permissions.UsersManage);

    private IQueryable<OutboxMessage> Visible() =>
        user.IsSystemAdministrator && !user.IsSystemWork
            ? db.OutboxMessages.AsNoTracking()
            : db.OutboxMessages.AsNoTracking().Where(m => m.SchoolId != null && m.SchoolId == user.SchoolId);

    /// <summary>The time zone the times are shown in: the current school's; without a school (the system administrator), UTC.</summary>
    private async Task<string> ZoneAsync(CancellationToken ct) =>
        user.SchoolId is null ? "UTC" : (await db.CurrentSchoolAsync(ct))?.TimeZone ?? Organisation.School.DefaultTimeZone;

    private OutboxRow Row(OutboxMessage m, string zone) => new(
        m.Id, m.MessageId, m.To, m.Subject,
        m.SentAt is not null ? "отправлено" : m.FailedAt is not null ? "не отправлено" : m.Attempts > 0 ? "повтор" : "в очереди",
        m.Attempts, m.LastError, Organisation.School.LocalTimeIn(zone, m.CreatedAt),
        m.SentAt is { } sent ? Organisation.School.LocalTimeIn(zone, sent) : null, pickup.PathOf(m.MessageId) is { } p && File.Exists(p));
}

/// <summary>Where the pickup sender writes (null when letters go through SMTP).</summary>
public sealed record PickupDirectory(string? Path)
{
    public string? PathOf(string messageId) => Path is null ? null : System.IO.Path.Combine(Path, OutboxMail.FileName(messageId));
}
