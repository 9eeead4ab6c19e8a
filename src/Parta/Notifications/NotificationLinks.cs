namespace Parta.Notifications;

/// <summary>
/// The absolute addresses put into letters. A letter is written with the change, not in answer to a request of the
/// reader, so the address cannot come from a request: it is the configured public address of the site
/// (<c>Parta:PublicBaseUrl</c>, e.g. <c>https://school.example</c>).
/// </summary>
public sealed class NotificationLinks(string baseUrl)
{
    public string BaseUrl { get; } = baseUrl.TrimEnd('/');

    public string Diary(Guid studentId) => $"{BaseUrl}/Diary?studentId={studentId}";

    public string Unsubscribe(string token) => $"{BaseUrl}/Notifications/Unsubscribe?token={Uri.EscapeDataString(token)}";

    public string Settings => $"{BaseUrl}/Notifications";
}
