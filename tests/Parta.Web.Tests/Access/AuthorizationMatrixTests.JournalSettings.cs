namespace Parta.Web.Tests.Access;

public sealed partial class AuthorizationMatrixTests
{
    /// <summary>The journal settings: the coordinator's (school.edit); the director, teachers and families are refused.</summary>
    private static readonly Dictionary<string, Row> JournalSettingsRows = new()
    {
        ["Journal/Settings"] = new("/Journal/Settings", E.S, E.F, E.A, E.F, E.F, E.F, E.F),
        ["Journal/Settings/Index"] = new("/Journal/Settings/Index", E.S, E.F, E.A, E.F, E.F, E.F, E.F),
        ["Journal/Settings/Attendance"] = new("/Journal/Settings/Attendance", E.S, E.F, E.A, E.F, E.F, E.F, E.F),
        ["Journal/Settings/Scales"] = new("/Journal/Settings/Scales", E.S, E.F, E.A, E.F, E.F, E.F, E.F),
    };

    /// <summary>An empty form is refused next to its fields (A); a form naming nothing of the school finds nothing (N).</summary>
    private static readonly Dictionary<string, Row> JournalSettingsHandlerRows = new(StringComparer.Ordinal)
    {
        ["POST /Journal/Settings/Index"] = Staff("/Journal/Settings", E.A, E.F),
        ["POST /Journal/Settings/Index?handler=Archive"] = Staff($"/Journal/Settings?handler=Archive&workTypeId={Someone}", E.N, E.F),
        ["POST /Journal/Settings/Index?handler=Delete"] = Staff($"/Journal/Settings?handler=Delete&workTypeId={Someone}", E.N, E.F),
        ["POST /Journal/Settings/Attendance"] = Staff("/Journal/Settings/Attendance", E.A, E.F),
        ["POST /Journal/Settings/Attendance?handler=Delete"] = Staff($"/Journal/Settings/Attendance?handler=Delete&attendanceCodeId={Someone}", E.N, E.F),
        ["POST /Journal/Settings/Scales"] = Staff($"/Journal/Settings/Scales?subjectId={Someone}", E.N, E.F),
        ["POST /Journal/Settings/Scales?handler=LateDays"] = Staff("/Journal/Settings/Scales?handler=LateDays", E.A, E.F),
    };
}
