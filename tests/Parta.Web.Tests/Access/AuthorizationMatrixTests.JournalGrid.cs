namespace Parta.Web.Tests.Access;

public sealed partial class AuthorizationMatrixTests
{
    /// <summary>
    /// The journal screen: every signed-in user reaches the pages, the journal's resource rule (JournalAccess) decides. The
    /// list is for teachers and the administration (students, parents and the system administrator: 403); a journal,
    /// lesson, cell or file that does not exist in the school is 404 for everyone.
    /// </summary>
    private static readonly Dictionary<string, Row> JournalGridRows = new()
    {
        ["Journal"] = new("/Journal", E.S, E.F, E.A, E.A, E.A, E.F, E.F),
        ["Journal/Index"] = new("/Journal/Index", E.S, E.F, E.A, E.A, E.A, E.F, E.F),
        ["Journal/Grid"] = JournalMissing($"/Journal/Grid?assignmentId={Someone}"),
        ["Journal/Lesson"] = JournalMissing($"/Journal/Lesson?lessonId={Someone}"),
    };

    private static readonly Dictionary<string, Row> JournalGridHandlerRows = new(StringComparer.Ordinal)
    {
        ["POST /Journal/Grid?handler=Mark"] = JournalMissing($"/Journal/Grid?handler=Mark&assessmentId={Someone}&studentId={Someone}&value=5"),
        ["POST /Journal/Grid?handler=Attendance"] = JournalMissing($"/Journal/Grid?handler=Attendance&lessonId={Someone}&studentId={Someone}&code=Н"),
        ["GET /Journal/Grid?handler=History"] = JournalMissing($"/Journal/Grid?handler=History&columnId={Someone}&studentId={Someone}"),
        ["POST /Journal/Lesson"] = JournalMissing($"/Journal/Lesson?lessonId={Someone}"),
        ["POST /Journal/Lesson?handler=AddAssessment"] = JournalMissing($"/Journal/Lesson?lessonId={Someone}&handler=AddAssessment"),
        ["POST /Journal/Lesson?handler=ChangeAssessment"] = JournalMissing($"/Journal/Lesson?lessonId={Someone}&handler=ChangeAssessment&assessmentId={Someone}"),
        ["POST /Journal/Lesson?handler=Comments"] = JournalMissing($"/Journal/Lesson?lessonId={Someone}&handler=Comments"),
        ["POST /Journal/Lesson?handler=Upload"] = JournalMissing($"/Journal/Lesson?lessonId={Someone}&handler=Upload"),
        ["POST /Journal/Lesson?handler=RemoveFile"] = JournalMissing($"/Journal/Lesson?lessonId={Someone}&handler=RemoveFile&fileId={Someone}"),
        ["GET /Journal/Lesson?handler=File"] = JournalMissing($"/Journal/Lesson?lessonId={Someone}&handler=File&fileId={Someone}"),
    };

    private static Row JournalMissing(string url) => new(url, E.S, E.N, E.N, E.N, E.N, E.N, E.N);
}
