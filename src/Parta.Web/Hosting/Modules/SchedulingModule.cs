using Parta.Access;
using Parta.Scheduling;
using Parta.Web.Api;
using Parta.Web.Security;

namespace Parta.Web.Hosting.Modules;

/// <summary>
/// The Scheduling module: bells, rooms, the weekly timetable with its conflict checks, the day's changes and
/// substitutions, and the dated lessons they make (the columns of every journal and the days of every diary).
/// Everything the module adds to the host is registered here: services, page security, endpoints, navigation.
/// </summary>
public static class SchedulingModule
{
    /// <summary>The module's entries of the main navigation, each with the permission it needs.</summary>
    public static readonly IReadOnlyList<NavItem> Navigation =
    [
        new("Расписание", "/Scheduling", Permissions.ScheduleEdit),

        // Timetable views (the week of a class, teacher, room or student): everyone who reads the timetable.
        new("Расписание на неделю", "/Scheduling/Week", Permissions.ScheduleView),
    ];

    public static IServiceCollection AddSchedulingModule(this IServiceCollection services)
    {
        services.AddScoped<RefreshLessons>();

        // Timetable views, the printable timetable, calendar feeds and the timetable API.
        services.AddScoped<GetLessons>();
        services.AddScoped<GetTimetableWeek>();
        services.AddScoped<GetPrintableTimetable>();
        services.AddScoped<GetCalendarFeeds>();
        services.AddScoped<CreateCalendarFeed>();
        services.AddScoped<RevokeCalendarFeed>();
        services.AddScoped<GetCalendarFeedFile>();
        services.AddSingleton<CalendarFeedThrottle>();
        return services;
    }

    /// <summary>The timetable is read with schedule.view and built with schedule.edit.</summary>
    public static void DeclarePages(PagePermissions pages)
    {
        foreach (var page in new[] { "/Scheduling/Index", "/Scheduling/Cell" })
        {
            pages.Page(page, read: Permissions.ScheduleEdit, write: Permissions.ScheduleEdit);
        }

        // Timetable views: whose timetable a user sees is the resource rule of TimetableAccess (own child, self, staff: all).
        pages.Page("/Scheduling/Week", read: Permissions.ScheduleView);
        pages.Page("/Scheduling/Print", read: Permissions.ScheduleView);
        pages.Page("/Scheduling/Calendar", read: Permissions.ScheduleView, write: Permissions.ScheduleView);
    }

    public static void MapSchedulingModule(this IEndpointRouteBuilder app)
    {
        // Timetable views: the timetable API and the anonymous iCalendar feed.
        app.MapSchedulingApi();
        app.MapCalendarFeed();
    }
}
