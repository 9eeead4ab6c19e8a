namespace Parta.Web.Tests.Access;

public sealed partial class AuthorizationMatrixTests
{
    /// <summary>
    /// An Organisation page: school.view reads it (coordinator, director, teacher); parents, students and a system
    /// administrator outside a school are refused. <paramref name="staff"/> is N where the page needs a year or an id the
    /// new school has not got. Editing (POST) needs school.edit: see the tests in Organisation/.
    /// </summary>
    private static Row SchoolPage(string url, E staff) => new(url, E.S, E.F, staff, staff, staff, E.F, E.F);

    /// <summary>The Organisation module's routes.</summary>
    private static readonly Dictionary<string, Row> OrganisationRows = new()
    {
        ["Organisation/Years"] = SchoolPage("/Organisation/Years", E.A),
        ["Organisation/Years/Index"] = SchoolPage("/Organisation/Years/Index", E.A),
        ["Organisation/Years/Edit"] = SchoolPage("/Organisation/Years/Edit", E.A),
        ["Organisation/Years/Details"] = SchoolPage("/Organisation/Years/Details", E.N),
        ["Organisation/Years/Scheme"] = SchoolPage("/Organisation/Years/Scheme", E.N),
        ["Organisation/Years/Calendar"] = SchoolPage("/Organisation/Years/Calendar", E.N),
        ["Organisation/Classes"] = SchoolPage("/Organisation/Classes", E.A),
        ["Organisation/Classes/Index"] = SchoolPage("/Organisation/Classes/Index", E.A),
        ["Organisation/Classes/Details"] = SchoolPage("/Organisation/Classes/Details", E.N),
        ["Organisation/Classes/Edit"] = SchoolPage("/Organisation/Classes/Edit", E.N),
        ["Organisation/Groups/Edit"] = SchoolPage("/Organisation/Groups/Edit", E.N),
        ["Organisation/Subjects"] = SchoolPage("/Organisation/Subjects", E.A),
        ["Organisation/Subjects/Index"] = SchoolPage("/Organisation/Subjects/Index", E.A),
        ["Organisation/Subjects/Edit"] = SchoolPage("/Organisation/Subjects/Edit", E.A),
        ["Organisation/Curriculum"] = SchoolPage("/Organisation/Curriculum", E.A),
        ["Organisation/Assignments"] = SchoolPage("/Organisation/Assignments", E.A),
        ["Organisation/Assignments/Index"] = SchoolPage("/Organisation/Assignments/Index", E.A),
        ["Organisation/Assignments/Edit"] = SchoolPage("/Organisation/Assignments/Edit", E.N),
        ["Organisation/Assignments/Load"] = SchoolPage("/Organisation/Assignments/Load", E.A),
        ["/api/v1/schools/{schoolId:guid}/years"] = new("/api/v1/schools/{school}/years", E.S, E.A, E.A, E.A, E.A, E.F, E.F),
        ["/api/v1/schools/{schoolId:guid}/classes"] = new("/api/v1/schools/{school}/classes", E.S, E.A, E.A, E.A, E.A, E.F, E.F),
        ["/api/v1/schools/{schoolId:guid}/subjects"] = new("/api/v1/schools/{school}/subjects", E.S, E.A, E.A, E.A, E.A, E.F, E.F),
        ["/api/v1/classes/{classId:guid}/students"] = All("/api/v1/classes/00000000-0000-0000-0000-000000000001/students", E.N) with { Anonymous = E.S },
        ["/api/v1/me/teaching-assignments"] = SignedIn("/api/v1/me/teaching-assignments"),
    };
}
