namespace Parta.Web.Tests.Access;

public sealed partial class AuthorizationMatrixTests
{
    /// <summary>The People module's routes.</summary>
    private static readonly Dictionary<string, Row> PeopleRows = new()
    {
        ["Access/Rights"] = new("/Access/Rights", E.S, E.F, E.A, E.F, E.F, E.F, E.F),
    };
}
