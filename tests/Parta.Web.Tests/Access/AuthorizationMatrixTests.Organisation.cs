namespace Parta.Web.Tests.Access;

public sealed partial class AuthorizationMatrixTests
{
    // Teachers have school.view, so they read the Organisation pages; editing (POST) needs school.edit and is tested in Organisation/*Tests.
    private static Row SchoolViewPage(string url) => new(url, E.S, E.N, E.A, E.A, E.A, E.F, E.F);

    /// <summary>The Organisation module's routes.</summary>
    private static readonly Dictionary<string, Row> OrganisationRows = new()
    {
        ["Organisation/Years"] = new("/Organisation/Years", E.S, E.F, E.A, E.A, E.A, E.F, E.F),
        ["Organisation/Years/Index"] = new("/Organisation/Years/Index", E.S, E.F, E.A, E.A, E.A, E.F, E.F),
        ["Organisation/Years/Edit"] = new("/Organisation/Years/Edit", E.S, E.F, E.A, E.A, E.A, E.F, E.F),
        ["/api/v1/schools/{schoolId:guid}/years"] = new("/api/v1/schools/{school}/years", E.S, E.F, E.A, E.A, E.A, E.F, E.F),
        ["/api/v1/schools/{schoolId:guid}/classes"] = new("/api/v1/schools/{school}/classes", E.S, E.F, E.A, E.A, E.A, E.F, E.F),
        ["/api/v1/schools/{schoolId:guid}/subjects"] = new("/api/v1/schools/{school}/subjects", E.S, E.F, E.A, E.A, E.A, E.F, E.F),
        ["/api/v1/classes/{classId:guid}/students"] = new("/api/v1/classes/00000000-0000-0000-0000-000000000001/students", E.S, E.N, E.N, E.N, E.N, E.N, E.N),
        ["/api/v1/me/teaching-assignments"] = SignedIn("/api/v1/me/teaching-assignments"),
    };
}
