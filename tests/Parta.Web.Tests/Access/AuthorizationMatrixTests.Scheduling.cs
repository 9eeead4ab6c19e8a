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
}
