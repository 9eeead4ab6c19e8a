namespace Parta.Web.Tests.Access;

public sealed partial class AuthorizationMatrixTests
{
    /// <summary>
    /// Final marks: the sheet and its API follow the journal's rule (no journal in the matrix's empty school: 404 for
    /// everyone signed in); closing periods is periods.close (director, coordinator; the empty school has no periods:
    /// 404); the grading rules are the coordinator's journal settings; a student's final marks are 404 to all (no such student).
    /// </summary>
    private static readonly Dictionary<string, Row> GradingRows = new()
    {
        ["Grading/Sheet"] = JournalMissing($"/Grading/Sheet?assignmentId={Someone}"),
        ["Grading/Closing"] = new("/Grading/Closing", E.S, E.F, E.N, E.N, E.F, E.F, E.F),
        ["Journal/Settings/Grading"] = new("/Journal/Settings/Grading", E.S, E.F, E.A, E.F, E.F, E.F, E.F),
        ["/api/v1/teaching-assignments/{teachingAssignmentId:guid}/period-marks"] = Journal($"/api/v1/teaching-assignments/{NoSuchId}/period-marks"),
        ["PUT /api/v1/teaching-assignments/{teachingAssignmentId:guid}/period-marks/{studentId:guid}"] =
            Journal($"/api/v1/teaching-assignments/{NoSuchId}/period-marks/{NoSuchId}?periodId={NoSuchId}"),
        ["DELETE /api/v1/teaching-assignments/{teachingAssignmentId:guid}/period-marks/{studentId:guid}"] =
            Journal($"/api/v1/teaching-assignments/{NoSuchId}/period-marks/{NoSuchId}?periodId={NoSuchId}"),
        ["PUT /api/v1/teaching-assignments/{teachingAssignmentId:guid}/year-marks/{studentId:guid}"] =
            Journal($"/api/v1/teaching-assignments/{NoSuchId}/year-marks/{NoSuchId}"),
        ["/api/v1/students/{studentId:guid}/final-marks"] = Journal($"/api/v1/students/{NoSuchId}/final-marks"),
    };

    private static readonly Dictionary<string, Row> GradingHandlerRows = new(StringComparer.Ordinal)
    {
        ["POST /Grading/Sheet?handler=Mark"] = JournalMissing($"/Grading/Sheet?handler=Mark&assignmentId={Someone}&studentId={Someone}&kind=Period&value=5"),
        ["POST /Grading/Closing?handler=Close"] = Closing($"/Grading/Closing?handler=Close&periodId={Someone}"),
        ["POST /Grading/Closing?handler=CloseSchool"] = Closing($"/Grading/Closing?handler=CloseSchool&periodId={Someone}"),
        ["POST /Grading/Closing?handler=Reopen"] = Closing($"/Grading/Closing?handler=Reopen&periodId={Someone}"),
        ["POST /Grading/Closing?handler=ReopenSchool"] = Closing($"/Grading/Closing?handler=ReopenSchool&periodId={Someone}"),
        ["POST /Journal/Settings/Grading"] = Staff("/Journal/Settings/Grading", E.A, E.F),
    };

    private static Row Closing(string url) => new(url, E.S, E.F, E.N, E.N, E.F, E.F, E.F);
}
