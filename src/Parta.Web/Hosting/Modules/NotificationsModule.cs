using Parta.Access;
using Parta.Notifications;
using Parta.Web.Api;
using Parta.Web.Security;

namespace Parta.Web.Hosting.Modules;

/// <summary>
/// The Notifications module: a family's choice of e-mail notifications, the outbox written with the change
/// (<see cref="NotificationPlanner"/>), its worker on every node, SMTP or the pickup directory, and the admin page «Почта».
/// </summary>
public static class NotificationsModule
{
    public static readonly IReadOnlyList<NavItem> Navigation =
    [
        new("Уведомления", "/Notifications", Permissions.DiaryView),
        new("Почта", "/Admin/Mail", Permissions.UsersManage) { OrAny = [Permissions.SchoolsManage] },
    ];

    public static IServiceCollection AddNotificationsModule(this IServiceCollection services)
    {
        // Read when first needed, as the database settings are: a test host's settings arrive after registration.
        services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection(MailOptions.Section).Get<MailOptions>() ?? new MailOptions());
        services.AddSingleton(sp => new NotificationLinks(
            sp.GetRequiredService<IConfiguration>()["Parta:PublicBaseUrl"] is { Length: > 0 } url ? url : "http://localhost:5080"));
        services.AddSingleton<NotificationPlanner>();
        services.AddSingleton(sp => new PickupDirectory(string.IsNullOrWhiteSpace(sp.GetRequiredService<MailOptions>().Smtp.Host)
            ? Path.Combine(sp.GetRequiredService<DatabaseSettings>().DataDirectory, "mail")
            : null));
        services.AddSingleton<IMailSender>(sp => sp.GetRequiredService<PickupDirectory>().Path is { } pickup
            ? new PickupDirectoryMailSender(pickup)
            : new SmtpMailSender(sp.GetRequiredService<MailOptions>().Smtp));
        services.AddSingleton<OutboxWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxWorker>());
        services.AddScoped<GetNotificationSettings>().AddScoped<SaveNotificationSettings>().AddScoped<UnsubscribeNotifications>()
            .AddScoped<GetOutbox>();
        return services;
    }

    public static void DeclarePages(PagePermissions pages)
    {
        // A family's own settings: any signed-in user; the students shown are theirs by the family rule.
        pages.Page("/Notifications/Index", read: PageAccess.SignedIn, write: PageAccess.SignedIn);

        // The link of a letter: no sign-in (the token is the right); the GET only shows, the POST turns off.
        pages.Page("/Notifications/Unsubscribe", read: PageAccess.Anyone, write: PageAccess.Anyone);

        // The outbox: the system administrator and a school's users.manage; GetOutbox says who (two rights, no one permission).
        pages.Page("/Admin/Mail/Index", read: PageAccess.SignedIn);
    }

    public static void MapNotificationsModule(this IEndpointRouteBuilder app) => app.MapNotificationsApi();
}
