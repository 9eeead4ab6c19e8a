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
/// Security: the <c>/Importing</c> folder needs <see cref="Permissions.PeopleEdit"/> (students, staff); the structure
/// kinds (classes, subjects, curriculum, teaching assignments) also need <see cref="Permissions.SchoolEdit"/>, checked
/// by the page for the kind asked (<see cref="ImportKinds.Permission"/>); the timetable also needs
/// <see cref="Permissions.ScheduleEdit"/>.
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
        pages.Page("/Importing/Index", read: Permissions.PeopleEdit, write: Permissions.PeopleEdit);

    public static void MapImportingModule(this IEndpointRouteBuilder app)
    {
    }
}
