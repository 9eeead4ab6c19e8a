namespace Parta.Web.Tests.Access;

public sealed partial class AuthorizationMatrixTests
{
    /// <summary>The Importing module's routes: the folder needs people.edit (the coordinator by default).</summary>
    private static readonly Dictionary<string, Row> ImportingRows = new()
    {
        ["Importing"] = new("/Importing", E.S, E.F, E.A, E.F, E.F, E.F, E.F),
        ["Importing/Index"] = new("/Importing/Index?handler=Template&kind=classes", E.S, E.F, E.A, E.F, E.F, E.F, E.F),
    };
}
