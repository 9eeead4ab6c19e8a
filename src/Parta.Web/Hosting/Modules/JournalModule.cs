using Parta.Access;
using Parta.Journal;
using Parta.Web.Api;
using Parta.Web.Security;

namespace Parta.Web.Hosting.Modules;

/// <summary>
/// The Journal module: the school's work types, mark scales and attendance codes; the class journal of a teaching
/// assignment (topics, homework, assessments, marks, attendance) with its fast keyboard entry and cell history; and the
/// journal API. Everything the module adds to the host is registered here: services, page security, endpoints, navigation.
/// </summary>
public static class JournalModule
{
    /// <summary>The module's entries of the main navigation, each with the permission it needs.</summary>
    public static readonly IReadOnlyList<NavItem> Navigation =
    [
        // The journal.
        new("Журналы", "/Journal", Permissions.JournalEditOwn) { OrAny = [Permissions.JournalViewClass, Permissions.JournalViewAll] },

        // Journal settings.
        new("Настройки журнала", "/Journal/Settings", Permissions.SchoolEdit),
    ];

    public static IServiceCollection AddJournalModule(this IServiceCollection services)
    {
        // The journal: reading it and writing its cells.
        services.AddScoped<JournalAccess>().AddScoped<JournalWrite>().AddScoped<GetJournal>().AddScoped<GetCellHistory>()
            .AddScoped<SetMark>().AddScoped<SetAttendance>().AddScoped<SetStudentComment>().AddScoped<SaveLessonDetails>()
            .AddScoped<AddAssessment>().AddScoped<ChangeAssessment>();
        services.AddScoped<GetJournals>().AddScoped<GetJournalLesson>().AddScoped<AttachHomeworkFile>().AddScoped<RemoveHomeworkFile>()
            .AddScoped<GetHomeworkFile>()
            .AddSingleton(sp => new HomeworkFileStore(sp.GetRequiredService<DatabaseSettings>().DataDirectory));

        // Journal settings: work types, attendance codes, subjects' scales, late-entry days.
        services.AddScoped<SaveWorkType>().AddScoped<ArchiveWorkType>().AddScoped<DeleteWorkType>()
            .AddScoped<SaveAttendanceCode>().AddScoped<DeleteAttendanceCode>().AddScoped<SetSubjectScale>().AddScoped<SetLateEntryDays>();

        return services;
    }

    public static void DeclarePages(PagePermissions pages)
    {
        // The journal: any signed-in user reaches the pages; which journals they read or write is the resource rule of
        // JournalAccess (a teacher's own assignments and substitutions, a class teacher's class, journal.view.all),
        // and every write passes JournalWrite. Students and parents are refused by those rules (403).
        pages.Page("/Journal/Index", read: PageAccess.SignedIn);
        pages.Page("/Journal/Grid", read: PageAccess.SignedIn, write: PageAccess.SignedIn);
        pages.Page("/Journal/Lesson", read: PageAccess.SignedIn, write: PageAccess.SignedIn);

        // Journal settings: the coordinator's (school.edit), like the rest of the school's structure.
        pages.Page("/Journal/Settings/Index", read: Permissions.SchoolEdit, write: Permissions.SchoolEdit)
            .Post("Archive", Permissions.SchoolEdit).Post("Delete", Permissions.SchoolEdit);
        pages.Page("/Journal/Settings/Attendance", read: Permissions.SchoolEdit, write: Permissions.SchoolEdit).Post("Delete", Permissions.SchoolEdit);
        pages.Page("/Journal/Settings/Scales", read: Permissions.SchoolEdit, write: Permissions.SchoolEdit).Post("LateDays", Permissions.SchoolEdit);
    }

    public static void MapJournalModule(this IEndpointRouteBuilder app)
    {
        // The journal API.
        app.MapJournalApi();
    }
}
