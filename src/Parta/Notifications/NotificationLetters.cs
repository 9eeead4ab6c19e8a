using Parta.Common;

namespace Parta.Notifications;

/// <summary>The text of the letters: one shape for an instant letter and for a digest, with the two links every letter has.</summary>
public static class NotificationLetters
{
    public static string StudentName(string lastName, string firstName) => $"{lastName} {firstName}";

    public static (string Subject, string Body) Instant(NotificationLinks links, string student, Guid studentId, string token, IReadOnlyList<string> lines)
    {
        var subject = lines.Count == 1
            ? $"{student}: {lines[0]}"
            : $"{student}: {RussianPlural.Count(lines.Count, "уведомление", "уведомления", "уведомлений")}";
        return (Bound(subject, OutboxMessage.SubjectLength), Body(links, student, studentId, token, lines));
    }

    public static (string Subject, string Body) Digest(NotificationLinks links, string student, Guid studentId, string token, DateOnly day, IReadOnlyList<string> lines)
    {
        var subject = $"{student}: сводка за {RussianDate.Show(day)} ({RussianPlural.Count(lines.Count, "событие", "события", "событий")})";
        return (Bound(subject, OutboxMessage.SubjectLength), Body(links, student, studentId, token, lines));
    }

    private static string Body(NotificationLinks links, string student, Guid studentId, string token, IReadOnlyList<string> lines)
    {
        var text = $"""
            {student}

            {string.Join("\n", lines)}

            Дневник: {links.Diary(studentId)}

            --
            Это письмо отправила школьная система Parta, потому что вы подписались на уведомления.
            Настроить уведомления: {links.Settings}
            Отписаться от этих уведомлений: {links.Unsubscribe(token)}
            """;
        return Bound(text.Replace("\r\n", "\n", StringComparison.Ordinal), OutboxMessage.BodyLength);
    }

    public static string Bound(string text, int length) => text.Length > length ? text[..(length - 1)] + "…" : text;
}
