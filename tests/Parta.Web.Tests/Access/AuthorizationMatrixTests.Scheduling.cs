namespace Parta.Web.Tests.Access;

public sealed partial class AuthorizationMatrixTests
{
    /// <summary>The Scheduling module's routes: the editor is schedule.edit's (the coordinator and the deputy director).</summary>
    private static readonly Dictionary<string, Row> SchedulingRows = new()
    {
        ["Scheduling"] = new("/Scheduling", E.S, E.F, E.A, E.F, E.F, E.F, E.F),
        ["Scheduling/Index"] = new("/Scheduling/Index", E.S, E.F, E.A, E.F, E.F, E.F, E.F),
        ["Scheduling/Cell"] = new($"/Scheduling/Cell?timetableId={Someone}&rowId={Someone}&day=1&number=1", E.S, E.F, E.N, E.F, E.F, E.F, E.F),
    };

    /// <summary>The timetable editor's handlers.</summary>
    private static readonly Dictionary<string, Row> SchedulingHandlerRows = new(StringComparer.Ordinal)
    {
        // The coordinator's new school has no year or timetable, so nothing is found.
        ["POST /Scheduling/Index?handler=Start"] = Staff("/Scheduling?handler=Start", E.N, E.F),
        ["POST /Scheduling/Index?handler=Copy"] = Staff("/Scheduling?handler=Copy", E.N, E.F),
        ["POST /Scheduling/Index?handler=Alternation"] = Staff("/Scheduling?handler=Alternation", E.N, E.F),
        ["POST /Scheduling/Cell?handler=Save"] = Staff($"/Scheduling/Cell?handler=Save&timetableId={Someone}&rowId={Someone}&day=1&number=1", E.N, E.F),
        ["POST /Scheduling/Cell?handler=Remove"] = Staff($"/Scheduling/Cell?handler=Remove&timetableId={Someone}&rowId={Someone}&day=1&number=1&removeLineId={Someone}", E.N, E.F),
    };
}
