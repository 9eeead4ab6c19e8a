namespace Parta.Web.Tests.Access;

public sealed partial class AuthorizationMatrixTests
{
    /// <summary>The Movement module's routes.</summary>
    private static readonly Dictionary<string, Row> MovementRows = new()
    {
        ["POST /api/v1/schools/{schoolId:guid}/movement"] = new("/api/v1/schools/{school}/movement", E.S, E.F, E.A, E.A, E.F, E.F, E.F),
        ["/api/v1/schools/{schoolId:guid}/movement"] = new("/api/v1/schools/{school}/movement", E.S, E.F, E.A, E.A, E.F, E.F, E.F),
    };
}
