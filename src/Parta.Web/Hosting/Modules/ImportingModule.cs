using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Parta.Access;
using Parta.Web.Security;

namespace Parta.Web.Hosting.Modules;

/// <summary>
/// The Importing module: spreadsheet import (XLSX, CSV) with preview, and exports.
/// Everything the module adds to the host is registered here: services, page security, endpoints, navigation.
/// </summary>
public static class ImportingModule
{
    /// <summary>The module's entries of the main navigation, each with the permission it needs.</summary>
    public static readonly IReadOnlyList<NavItem> Navigation =
    [

    ];

    public static IServiceCollection AddImportingModule(this IServiceCollection services)
    {
        return services;
    }

    public static void ConfigurePages(PageConventionCollection conventions)
    {

    }

    public static void MapImportingModule(this IEndpointRouteBuilder app)
    {
    }
}
