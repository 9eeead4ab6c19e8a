using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Parta.Access;
using Parta.Importing;
using Parta.Web.Security;

namespace Parta.Web.Hosting.Modules;

/// <summary>
/// The Importing module: spreadsheet import (XLSX, CSV) with preview, and exports.
/// Everything the module adds to the host is registered here: services, page security, endpoints, navigation.
/// </summary>
/// <remarks>
/// Security: each kind needs its own right (<see cref="ImportKinds.Permission"/>): students and staff
/// <see cref="Permissions.PeopleEdit"/>, the structure (classes, subjects, curriculum, teaching assignments)
/// <see cref="Permissions.SchoolEdit"/>, the timetable <see cref="Permissions.ScheduleEdit"/>. The page is declared for
/// signed-in users and refuses (403) anyone who may import no kind, before any handler; it offers only the allowed kinds.
/// </remarks>
public static class ImportingModule
{
    /// <summary>The module's entries of the main navigation, each with the permission it needs.</summary>
    public static readonly IReadOnlyList<NavItem> Navigation =
    [
        new("Импорт и экспорт", "/Importing", Permissions.PeopleEdit),
    ];

    public static IServiceCollection AddImportingModule(this IServiceCollection services)
    {
        services.AddScoped<ImportSpreadsheet>();
        services.AddScoped<ExportSpreadsheet>();
        services.AddSingleton(sp => new ImportFileStore(sp.GetRequiredService<DatabaseSettings>().DataDirectory, sp.GetRequiredService<TimeProvider>()));
        return services;
    }

    public static void DeclarePages(PagePermissions pages) =>
        pages.Page("/Importing/Index", read: PageAccess.SignedIn, write: PageAccess.SignedIn);

    public static void MapImportingModule(this IEndpointRouteBuilder app)
    {
    }
}
