namespace Parta.Web.Tests.Access;

public sealed partial class AuthorizationMatrixTests
{
    /// <summary>The Organisation module's routes.</summary>
    private static readonly Dictionary<string, Row> OrganisationRows = new()
    {
    };
}
