namespace Parta.Web.Tests.Access;

public sealed partial class AuthorizationMatrixTests
{
    /// <summary>
    /// The school-wide reports. Filling control: the administration (reports.school) and teachers (their own journals,
    /// journal.edit.own). Attendance: reports.school (the school), reports.class (the class one leads: the matrix's teacher
    /// leads none, 403). The overview: reports.school only. Parents, students and the system administrator: 403. The rules
    /// against real classes and teachers are the Reports tests'.
    /// </summary>
    private static readonly Dictionary<string, Row> ReportsSchoolRows = new()
    {
        ["Reports/Filling"] = new("/Reports/Filling", E.S, E.F, E.A, E.A, E.A, E.F, E.F),
        ["Reports/Attendance"] = new("/Reports/Attendance", E.S, E.F, E.A, E.A, E.F, E.F, E.F),
        ["Reports/Overview"] = new("/Reports/Overview", E.S, E.F, E.A, E.A, E.F, E.F, E.F),
    };

    private static readonly Dictionary<string, Row> ReportsSchoolHandlerRows = new(StringComparer.Ordinal)
    {
        ["GET /Reports/Filling?handler=Xlsx"] = new("/Reports/Filling?handler=Xlsx", E.S, E.F, E.A, E.A, E.A, E.F, E.F),
        ["GET /Reports/Attendance?handler=Xlsx"] = new("/Reports/Attendance?handler=Xlsx", E.S, E.F, E.A, E.A, E.F, E.F, E.F),
        ["GET /Reports/Overview?handler=Xlsx"] = new("/Reports/Overview?handler=Xlsx", E.S, E.F, E.A, E.A, E.F, E.F, E.F),
    };
}
