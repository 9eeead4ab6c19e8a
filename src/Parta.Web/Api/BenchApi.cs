#if PARTA_BENCH
using Parta.Web.Security;

namespace Parta.Web.Api;

/// <summary>
/// Baselines for the load bench (bench/run), compiled only into bench builds (<c>-p:PartaBench=true</c>): the cheapest
/// signed-in JSON answer this app can give, so a scenario's requests per second are compared with the same pipeline
/// (authentication, the signed-in user's lookups, JSON) doing no work of its own.
/// </summary>
public static class BenchApi
{
    public sealed record Hello(Guid UserId);

    public static void MapBenchApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/bench/hello", (SignedInUser user) => TypedResults.Ok(new Hello(user.Id)))
            .RequireSignedIn()
            .ExcludeFromDescription();
    }
}
#endif
