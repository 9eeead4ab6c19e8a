using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Parta.Access;
using Parta.Web.Security;

namespace Parta.Web.Hosting.Modules;

/// <summary>
/// The People and Access modules: students, guardians, staff, personal cards and their access log; accounts and rights.
/// Everything the module adds to the host is registered here: services, page security, endpoints, navigation.
/// </summary>
public static class PeopleModule
{
    /// <summary>The module's entries of the main navigation, each with the permission it needs.</summary>
    public static readonly IReadOnlyList<NavItem> Navigation =
    [
        new("Права доступа", "/Access/Rights", Permissions.RightsManage),
    ];

    public static IServiceCollection AddPeopleModule(this IServiceCollection services)
    {
        return services;
    }

    public static void ConfigurePages(PageConventionCollection conventions)
    {
        conventions.AuthorizeFolder("/Access", Policies.Permission(Permissions.RightsManage));
    }

    public static void MapPeopleModule(this IEndpointRouteBuilder app)
    {
    }
}
