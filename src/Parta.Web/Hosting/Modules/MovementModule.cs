using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Parta.Access;
using Parta.Movement;
using Parta.Web.Api;
using Parta.Web.Security;

namespace Parta.Web.Hosting.Modules;

/// <summary>
/// The Movement module: the movement book (книга движения), class lists on any date, the movement report.
/// Everything the module adds to the host is registered here: services, page security, endpoints, navigation.
/// </summary>
public static class MovementModule
{
    public static readonly IReadOnlyList<NavItem> Navigation =
    [
        new("Книга движения", "/Movement", Permissions.MovementView),
    ];

    public static IServiceCollection AddMovementModule(this IServiceCollection services) =>
        services.AddScoped<RecordMovementEvent>()
            .AddScoped<CancelMovementEvent>()
            .AddScoped<CorrectMovementEvent>()
            .AddScoped<GetMovementReport>()
            .AddScoped<PromoteClass>();

    public static void ConfigurePages(PageConventionCollection conventions) =>
        conventions.AuthorizeFolder("/Movement", Policies.Permission(Permissions.MovementView));

    public static void MapMovementModule(this IEndpointRouteBuilder app) => app.MapMovementApi();
}
