namespace Parta.Web.Tests.Access;

public sealed partial class AuthorizationMatrixTests
{
    /// <summary>
    /// The printed documents of the reports (journal archive, report cards, letters to parents): every signed-in user
    /// reaches the pages, ReportAccess decides. The documents page is for reports.school and reports.class; a class or a
    /// student that does not exist in the school is 404 for everyone.
    /// </summary>
    private static readonly Dictionary<string, Row> ReportDocumentsRows = new()
    {
        ["Reports/Archive"] = new("/Reports/Archive", E.S, E.F, E.A, E.A, E.A, E.F, E.F),
        ["Reports/ReportCard"] = StudentMissing($"/Reports/ReportCard?studentId={Someone}"),
        ["Reports/ReportCard/Index"] = StudentMissing($"/Reports/ReportCard/Index?studentId={Someone}"),
        ["Reports/ReportCard/Class"] = ClassMissing($"/Reports/ReportCard/Class?classId={Someone}"),
        ["Reports/Letter"] = ClassMissing($"/Reports/Letter?classId={Someone}&periodId={Someone}"),
    };

    private static readonly Dictionary<string, Row> ReportDocumentsHandlerRows = new(StringComparer.Ordinal)
    {
        ["GET /Reports/Archive?handler=Pdf"] = ClassMissing($"/Reports/Archive?handler=Pdf&classId={Someone}"),
        ["GET /Reports/ReportCard/Index?handler=Pdf"] = StudentMissing($"/Reports/ReportCard?handler=Pdf&studentId={Someone}"),
    };

    /// <summary>A class document of a class that does not exist in the school: 404 for everyone signed in (ReportAccess).</summary>
    private static Row ClassMissing(string url) => new(url, E.S, E.N, E.N, E.N, E.N, E.N, E.N);

    /// <summary>A student's document of a student that does not exist: 404 for everyone signed in.</summary>
    private static Row StudentMissing(string url) => new(url, E.S, E.N, E.N, E.N, E.N, E.N, E.N);
}
