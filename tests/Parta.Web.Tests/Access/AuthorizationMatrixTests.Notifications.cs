namespace Parta.Web.Tests.Access;

public sealed partial class AuthorizationMatrixTests
{
    /// <summary>
    /// Notifications: the settings page and API are any signed-in user's own (the students listed are theirs by the family
    /// rule; the matrix's users have none, so an empty list); the unsubscribe link needs no sign-in and a wrong token is
    /// 404 to all; «Почта» is the system administrator's and the coordinator's (users.manage).
    /// </summary>
    private static readonly Dictionary<string, Row> NotificationsRows = new()
    {
        ["Notifications"] = SignedIn("/Notifications"),
        ["Notifications/Index"] = SignedIn("/Notifications/Index"),
        ["Notifications/Unsubscribe"] = All("/Notifications/Unsubscribe?token=wrong", E.N),
        ["Admin/Mail"] = new("/Admin/Mail", E.S, E.A, E.A, E.F, E.F, E.F, E.F),
        ["Admin/Mail/Index"] = new("/Admin/Mail/Index", E.S, E.A, E.A, E.F, E.F, E.F, E.F),
        ["/api/v1/me/notifications/settings"] = SignedIn("/api/v1/me/notifications/settings"),
        ["PUT /api/v1/me/notifications/settings"] = SignedIn("/api/v1/me/notifications/settings"),
    };

    private static readonly Dictionary<string, Row> NotificationsHandlerRows = new(StringComparer.Ordinal)
    {
        ["POST /Notifications/Index"] = SignedIn("/Notifications"),
        ["POST /Notifications/Unsubscribe"] = All("/Notifications/Unsubscribe?token=wrong", E.N),
    };
}
