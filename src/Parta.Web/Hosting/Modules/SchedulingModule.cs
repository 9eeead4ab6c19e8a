using Parta.Access;
using Parta.Scheduling;
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
    ];

    public static IServiceCollection AddSchedulingModule(this IServiceCollection services)
    {
        services.AddScoped<RefreshLessons>();
        services.AddScoped<TimetableLessons>();
        services.AddScoped<GetTimetableGrid>();
        services.AddScoped<GetTimetableCell>();
        services.AddScoped<PlaceLesson>();
        services.AddScoped<RemoveTimetableLine>();
        services.AddScoped<StartTimetable>();
        services.AddScoped<CopyTimetable>();
        services.AddScoped<SetWeekAlternation>();
        return services;
    }

    /// <summary>The timetable is read with schedule.view and built with schedule.edit.</summary>
    public static void DeclarePages(PagePermissions pages)
    {
        foreach (var page in new[] { "/Scheduling/Index", "/Scheduling/Cell" })
        {
            pages.Page(page, read: Permissions.ScheduleEdit, write: Permissions.ScheduleEdit);
        }
    }

    public static void MapSchedulingModule(this IEndpointRouteBuilder app)
    {
    }
}
