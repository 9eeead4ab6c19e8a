namespace Parta.Web.Tests.Access;

public sealed partial class AuthorizationMatrixTests
{
    /// <summary>The Importing module's routes.</summary>
    private static readonly Dictionary<string, Row> ImportingRows = new()
    {
    };
}
