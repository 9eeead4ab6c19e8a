namespace Parta.Web.Tests.Access;

public sealed partial class AuthorizationMatrixTests
{
    /// <summary>
    /// The reports (ReportAccess): the list is for those who hold reports.class or reports.school (coordinator, director,
    /// teacher); parents, students and the system administrator get 403. In the matrix's empty school no class exists,
    /// so a report of a class is 404 for everyone signed in; the rules against a real class — its class teacher, another
    /// class's teacher, the administration, family, another school — are the Reports tests'.
    /// </summary>
    private static readonly Dictionary<string, Row> ReportsRows = new()
    {
        ["Reports"] = new("/Reports", E.S, E.F, E.A, E.A, E.A, E.F, E.F),
        ["Reports/Index"] = new("/Reports/Index", E.S, E.F, E.A, E.A, E.A, E.F, E.F),
        ["Reports/ClassPeriod"] = ReportMissing($"/Reports/ClassPeriod?classId={Someone}"),
        ["Reports/Summary"] = ReportMissing($"/Reports/Summary?classId={Someone}"),
        ["Reports/Progress"] = ReportMissing($"/Reports/Progress?classId={Someone}"),
        ["/api/v1/classes/{classId:guid}/reports/period"] = ReportMissing($"/api/v1/classes/{Someone}/reports/period"),
    };

    private static readonly Dictionary<string, Row> ReportsHandlerRows = new(StringComparer.Ordinal)
    {
        ["GET /Reports/ClassPeriod?handler=Pdf"] = ReportMissing($"/Reports/ClassPeriod?handler=Pdf&classId={Someone}"),
        ["GET /Reports/ClassPeriod?handler=Xlsx"] = ReportMissing($"/Reports/ClassPeriod?handler=Xlsx&classId={Someone}"),
        ["GET /Reports/Summary?handler=Pdf"] = ReportMissing($"/Reports/Summary?handler=Pdf&classId={Someone}&periodId=year"),
        ["GET /Reports/Progress?handler=Xlsx"] = ReportMissing($"/Reports/Progress?handler=Xlsx&classId={Someone}"),
        ["GET /Reports/Summary?handler=Xlsx"] = ReportMissing($"/Reports/Summary?handler=Xlsx&classId={Someone}&periodId=year"),
    };

    private static Row ReportMissing(string url) => new(url, E.S, E.N, E.N, E.N, E.N, E.N, E.N);
}
