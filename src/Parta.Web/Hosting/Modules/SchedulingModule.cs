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

        // Changes of the day, bells and rooms; «Мой день» for staff (parents and students have schedule.view too).
        new("Замены", "/Scheduling/Changes", Permissions.ScheduleEdit),
        new("Звонки", "/Scheduling/Bells", Permissions.ScheduleEdit),
        new("Кабинеты", "/Scheduling/Rooms", Permissions.ScheduleEdit),
        new("Мой день", "/Scheduling/MyDay", Permissions.ScheduleView) { StaffOnly = true },
        // Timetable views (the week of a class, teacher, room or student): everyone who reads the timetable.
        new("Расписание на неделю", "/Scheduling/Week", Permissions.ScheduleView),
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

        // Bells, rooms, the day's changes, «Мой день».
        services.AddScoped<SaveRoom>().AddScoped<DeleteRoom>().AddScoped<SaveBells>().AddScoped<AddShortenedDay>().AddScoped<RemoveShortenedDay>()
            .AddScoped<RecordLessonChange>().AddScoped<RemoveLessonChange>().AddScoped<SuggestSubstitutes>().AddScoped<GetDailyChanges>()
            .AddScoped<GetMyDay>().AddScoped<DeleteOutOfTimetableLesson>().AddScoped<KeepOutOfTimetableLesson>();

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

        // Bells, rooms and the day's changes are the timetable makers'; «Мой день» is every teacher's (its use cases let a
        // teacher decide only on their own lessons).
        pages.Page("/Scheduling/Rooms", read: Permissions.ScheduleEdit, write: Permissions.ScheduleEdit).Post("Delete", Permissions.ScheduleEdit);
        pages.Page("/Scheduling/Bells", read: Permissions.ScheduleEdit, write: Permissions.ScheduleEdit)
            .Post("AddDay", Permissions.ScheduleEdit).Post("RemoveDay", Permissions.ScheduleEdit);
        pages.Page("/Scheduling/Changes", read: Permissions.ScheduleEdit, write: Permissions.ScheduleEdit)
            .Post("Extra", Permissions.ScheduleEdit).Post("Undo", Permissions.ScheduleEdit);
        pages.Page("/Scheduling/Change", read: Permissions.ScheduleEdit, write: Permissions.ScheduleEdit)
            .Post("Substitute", Permissions.ScheduleEdit).Post("Cancel", Permissions.ScheduleEdit).Post("Move", Permissions.ScheduleEdit);
        pages.Page("/Scheduling/MyDay", read: Permissions.ScheduleView, write: Permissions.ScheduleView)
            .Post("Delete", Permissions.ScheduleView).Post("Keep", Permissions.ScheduleView);
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
