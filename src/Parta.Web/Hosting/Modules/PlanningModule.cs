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
    ];

    public static IServiceCollection AddPlanningModule(this IServiceCollection services)
    {
        return services;
    }

    public static void DeclarePages(PagePermissions pages)
    {
    }

    public static void MapPlanningModule(this IEndpointRouteBuilder app)
    {
    }
}
