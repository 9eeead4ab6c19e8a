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
            .AddScoped<AdmitStudent>()
            .AddScoped<CancelMovementEvent>()
            .AddScoped<CorrectMovementEvent>()
            .AddScoped<GetMovementReport>()
            .AddScoped<GetStudentMovement>()
            .AddScoped<FindStudentToRecord>()
            .AddScoped<PromoteClass>();

    /// <summary>The book is read with movement.view, kept with movement.edit; a record is corrected or cancelled with movement.correct.</summary>
    public static void DeclarePages(PagePermissions pages)
    {
        foreach (var page in new[] { "/Movement/Index", "/Movement/ClassList", "/Movement/Report", "/Movement/Alphabetical", "/Movement/Order" })
        {
            pages.Page(page, read: Permissions.MovementView);
        }

        pages.Page("/Movement/Record", read: Permissions.MovementEdit, write: Permissions.MovementEdit)
            .Get("Students", Permissions.MovementEdit); // the form's student search: names and classes of every card

        pages.Page("/Movement/Promotion", read: Permissions.MovementEdit, write: Permissions.MovementEdit);
        pages.Page("/Movement/Correct", read: Permissions.MovementCorrect, write: Permissions.MovementCorrect);
        pages.Page("/Movement/Cancel", read: Permissions.MovementCorrect, write: Permissions.MovementCorrect);
    }

    public static void MapMovementModule(this IEndpointRouteBuilder app) => app.MapMovementApi();
}
