namespace Parta.Web.Tests.Access;

public sealed partial class AuthorizationMatrixTests
{
    /// <summary>
    /// The timetable views' routes (the week, the printable timetable, calendar feeds, the timetable API). In the matrix's
    /// empty school the staff open the week with nothing to show, a parent with no child and a student with no card too.
    /// </summary>
    private static readonly Dictionary<string, Row> SchedulingViewsRows = new()
    {
        ["Scheduling/Week"] = new("/Scheduling/Week", E.S, E.F, E.A, E.A, E.A, E.A, E.A),
        ["Scheduling/Print"] = new("/Scheduling/Print", E.S, E.F, E.A, E.A, E.A, E.F, E.F),
        ["Scheduling/Calendar"] = new("/Scheduling/Calendar", E.S, E.F, E.A, E.A, E.A, E.A, E.A),
        ["/api/v1/classes/{classId:guid}/timetable"] = new("/api/v1/classes/00000000-0000-0000-0000-000000000001/timetable", E.S, E.N, E.N, E.N, E.N, E.N, E.N),
        ["/api/v1/me/timetable"] = new("/api/v1/me/timetable", E.S, E.F, E.A, E.A, E.A, E.A, E.A),
        ["/calendar/{token}.ics"] = All("/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics", E.N),
    };

    /// <summary>The timetable views' page handlers beyond a plain GET.</summary>
    private static readonly Dictionary<string, Row> SchedulingViewsHandlerRows = new(StringComparer.Ordinal)
    {
        // Nothing of their own to follow in the empty school: the form is shown again with the reason (200).
        ["POST /Scheduling/Calendar?handler=Create"] = new("/Scheduling/Calendar?handler=Create", E.S, E.F, E.A, E.A, E.A, E.A, E.A),
        ["POST /Scheduling/Calendar?handler=Revoke"] = new($"/Scheduling/Calendar?handler=Revoke&feedId={Someone}", E.S, E.F, E.N, E.N, E.N, E.N, E.N),
    };
}
