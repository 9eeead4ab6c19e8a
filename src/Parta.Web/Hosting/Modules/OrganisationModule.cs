using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Parta.Access;
using Parta.Organisation;
using Parta.Web.Api;
using Parta.Web.Security;

namespace Parta.Web.Hosting.Modules;

/// <summary>
/// The Organisation module: academic years, periods, calendar, classes, groups, subjects, curriculum, teaching assignments.
/// Everything the module adds to the host is registered here: services, page security, endpoints, navigation.
/// </summary>
public static class OrganisationModule
{
    /// <summary>The module's entries of the main navigation, each with the permission it needs.</summary>
    public static readonly IReadOnlyList<NavItem> Navigation =
    [
        new("Учебный год", "/Organisation/Years", Permissions.SchoolView),
        new("Классы", "/Organisation/Classes", Permissions.SchoolView),
        new("Предметы и учебный план", "/Organisation/Subjects", Permissions.SchoolView),
        new("Нагрузка", "/Organisation/Assignments", Permissions.SchoolView),
    ];

    public static IServiceCollection AddOrganisationModule(this IServiceCollection services)
    {
        services.AddScoped<SchoolCalendar>();
        services.AddScoped<SaveSchool>();
        services.AddScoped<SaveAcademicYear>();
        services.AddScoped<SavePeriodScheme>();
        services.AddScoped<SetGradeSettings>();
        services.AddScoped<AddCalendarEntry>();
        services.AddScoped<RemoveCalendarEntry>();
        services.AddScoped<SaveSchoolClass>();
        services.AddScoped<DeleteSchoolClass>();
        services.AddScoped<SaveStudyGroup>();
        services.AddScoped<DeleteStudyGroup>();
        services.AddScoped<SaveSubject>();
        services.AddScoped<DeleteSubject>();
        services.AddScoped<AddStandardSubjects>();
        services.AddScoped<SetCurriculumHours>();
        services.AddScoped<SaveTeachingAssignment>();
        services.AddScoped<RemoveTeachingAssignment>();
        services.AddScoped<GetTeachingLoad>();
        services.AddScoped<GetClassPage>();
        services.AddScoped<GetSchoolReadiness>();
        // The homes of the administration and of teachers, built on the school's structure.
        services.AddScoped<Parta.Home.GetSchoolAttention>();
        services.AddScoped<Parta.Home.GetTeacherWork>();
        return services;
    }

    /// <summary>
    /// Every page reads with school.view and changes the school's structure with school.edit: each page's POST handlers
    /// (saving, deleting a class, group or subject made by mistake, adding the standard subjects, removing a calendar entry
    /// or a teaching assignment) need school.edit.
    /// </summary>
    public static void DeclarePages(PagePermissions pages)
    {
        foreach (var page in new[]
                 {
                     "/Organisation/Years/Index", "/Organisation/Years/Edit", "/Organisation/Years/Details", "/Organisation/Years/Scheme",
                     "/Organisation/Years/Calendar", "/Organisation/Classes/Index", "/Organisation/Classes/Details", "/Organisation/Classes/Edit", "/Organisation/Groups/Edit",
                     "/Organisation/Subjects/Index", "/Organisation/Subjects/Edit", "/Organisation/Curriculum",
                     "/Organisation/Assignments/Index", "/Organisation/Assignments/Edit", "/Organisation/Assignments/Load",
                 })
        {
            pages.Page(page, read: Permissions.SchoolView, write: Permissions.SchoolEdit);
        }
    }

    public static void MapOrganisationModule(this IEndpointRouteBuilder app)
    {
        app.MapOrganisationApi();
    }
}
