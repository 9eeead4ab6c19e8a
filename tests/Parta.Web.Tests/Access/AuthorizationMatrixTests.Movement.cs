namespace Parta.Web.Tests.Access;

public sealed partial class AuthorizationMatrixTests
{
    /// <summary>The Movement module's routes.</summary>
    private static readonly Dictionary<string, Row> MovementRows = new()
    {
        ["POST /api/v1/schools/{schoolId:guid}/movement"] = new("/api/v1/schools/{school}/movement", E.S, E.F, E.A, E.A, E.F, E.F, E.F),
        ["/api/v1/schools/{schoolId:guid}/movement"] = new("/api/v1/schools/{school}/movement", E.S, E.F, E.A, E.A, E.F, E.F, E.F),
        ["/api/v1/schools/{schoolId:guid}/movement/{eventId:guid}"] = new("/api/v1/schools/{school}/movement/00000000-0000-0000-0000-000000000001", E.S, E.F, E.N, E.N, E.F, E.F, E.F),
        ["Movement"] = new("/Movement", E.S, E.F, E.A, E.A, E.F, E.F, E.F),
        ["Movement/Index"] = new("/Movement/Index", E.S, E.F, E.A, E.A, E.F, E.F, E.F),
        ["Movement/Record"] = new("/Movement/Record", E.S, E.F, E.A, E.A, E.F, E.F, E.F),
        ["Movement/Cancel"] = new("/Movement/Cancel?id=00000000-0000-0000-0000-000000000001", E.S, E.F, E.N, E.N, E.F, E.F, E.F),
        ["Movement/Correct"] = new("/Movement/Correct?id=00000000-0000-0000-0000-000000000001", E.S, E.F, E.N, E.N, E.F, E.F, E.F),
        ["Movement/ClassList"] = new("/Movement/ClassList", E.S, E.F, E.A, E.A, E.F, E.F, E.F),
        ["Movement/Report"] = new("/Movement/Report", E.S, E.F, E.A, E.A, E.F, E.F, E.F),
        ["Movement/Alphabetical"] = new("/Movement/Alphabetical", E.S, E.F, E.A, E.A, E.F, E.F, E.F),
        ["Movement/Order"] = new("/Movement/Order?id=00000000-0000-0000-0000-000000000001", E.S, E.F, E.N, E.N, E.F, E.F, E.F),
        ["Movement/Promotion"] = new("/Movement/Promotion", E.S, E.F, E.A, E.A, E.F, E.F, E.F),
    };
}
