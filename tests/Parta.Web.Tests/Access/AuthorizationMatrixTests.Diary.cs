namespace Parta.Web.Tests.Access;

public sealed partial class AuthorizationMatrixTests
{
    /// <summary>
    /// The diary: every signed-in user reaches the pages (without a student: the switcher of their own family, empty in
    /// the matrix's school); a student asked for by id follows DiaryAccess — no such student in the matrix: 404 to all.
    /// </summary>
    private static readonly Dictionary<string, Row> DiaryRows = new()
    {
        ["Diary"] = SignedIn("/Diary"),
        ["Diary/Index"] = DiaryMissing($"/Diary/Index?studentId={Someone}"),
        ["Diary/Marks"] = DiaryMissing($"/Diary/Marks?studentId={Someone}"),
        ["Diary/Final"] = DiaryMissing($"/Diary/Final?studentId={Someone}"),
        ["/api/v1/students/{studentId:guid}/diary"] = DiaryMissing($"/api/v1/students/{NoSuchId}/diary"),
        ["/api/v1/students/{studentId:guid}/marks"] = DiaryMissing($"/api/v1/students/{NoSuchId}/marks"),
        ["/api/v1/students/{studentId:guid}/homework-files/{fileId:guid}"] = DiaryMissing($"/api/v1/students/{NoSuchId}/homework-files/{NoSuchId}"),
    };

    private static readonly Dictionary<string, Row> DiaryHandlerRows = new(StringComparer.Ordinal)
    {
        ["GET /Diary/Index?handler=File"] = DiaryMissing($"/Diary/Index?handler=File&studentId={Someone}&fileId={Someone}"),
    };

    private static Row DiaryMissing(string url) => new(url, E.S, E.N, E.N, E.N, E.N, E.N, E.N);
}
