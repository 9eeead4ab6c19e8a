using Parta.Access;
using Parta.Planning;
using Parta.Web.Security;

namespace Parta.Web.Hosting.Modules;

/// <summary>
/// The Planning module: lesson plans (КТП) of teaching assignments and templates per grade and subject, laid along the
/// dated lessons, copied to parallel classes, imported and exported as XLSX, and plan against fact.
/// Everything the module adds to the host is registered here: services, page security, endpoints, navigation.
/// </summary>
public static class PlanningModule
{
    /// <summary>The module's entries of the main navigation, each with the permission it needs.</summary>
    public static readonly IReadOnlyList<NavItem> Navigation =
    [
        // A teacher's own plans; the administration's view of every plan against its lessons.
        new("КТП", "/Planning", Permissions.PlanningEditOwn),
        new("Выполнение КТП", "/Planning/Progress", Permissions.JournalViewAll),
    ];

    public static IServiceCollection AddPlanningModule(this IServiceCollection services)
    {
        // Who may read and change which plan (PlanAccess), reading plans and their progress, editing topics and templates.
        services.AddScoped<PlanAccess>().AddScoped<GetPlanList>().AddScoped<GetLessonPlan>().AddScoped<GetPlanProgress>()
            .AddScoped<SavePlanTopic>().AddScoped<DeletePlanTopic>().AddScoped<MovePlanTopic>()
            .AddScoped<GetPlanTemplates>().AddScoped<SavePlanTemplate>().AddScoped<DeletePlanTemplate>().AddScoped<CopyLessonPlan>()
            .AddScoped<ImportLessonPlan>().AddScoped<ExportLessonPlan>();
        return services;
    }

    /// <summary>
    /// Plans are read by teachers (planning.edit.own, their own) and by the administration (journal.view.all, all): the pages
    /// are open to a signed-in user and their use cases answer by that rule (PlanAccess: 403 without either right, 404 for
    /// another teacher's plan). Every change needs planning.edit.own, and the use case lets a teacher change only their own.
    /// </summary>
    public static void DeclarePages(PagePermissions pages)
    {
        pages.Page("/Planning/Index", read: PageAccess.SignedIn);
        pages.Page("/Planning/Plan", read: PageAccess.SignedIn, write: Permissions.PlanningEditOwn)
            .Get("Xlsx", PageAccess.SignedIn)
            .Post("Delete", Permissions.PlanningEditOwn).Post("Move", Permissions.PlanningEditOwn).Post("Copy", Permissions.PlanningEditOwn)
            .Post("Preview", Permissions.PlanningEditOwn).Post("Apply", Permissions.PlanningEditOwn);
        pages.Page("/Planning/Templates", read: PageAccess.SignedIn, write: Permissions.PlanningEditOwn)
            .Post("Delete", Permissions.PlanningEditOwn);
        pages.Page("/Planning/Progress", read: PageAccess.SignedIn);
    }

    public static void MapPlanningModule(this IEndpointRouteBuilder app)
    {
    }
}
