namespace Parta.Web.Tests.Access;

public sealed partial class AuthorizationMatrixTests
{
    /// <summary>
    /// Rooms, bells and the day's changes: the timetable makers' (schedule.edit: the coordinator here); «Мой день»: everyone
    /// with schedule.view (a parent or a student sees a message that they have no lessons of their own).
    /// </summary>
    private static readonly Dictionary<string, Row> SchedulingChangesRows = new()
    {
        ["Scheduling/Rooms"] = new("/Scheduling/Rooms", E.S, E.F, E.A, E.F, E.F, E.F, E.F),
        ["Scheduling/Bells"] = new("/Scheduling/Bells", E.S, E.F, E.A, E.F, E.F, E.F, E.F),
        ["Scheduling/Changes"] = new("/Scheduling/Changes", E.S, E.F, E.A, E.F, E.F, E.F, E.F),
        ["Scheduling/Change"] = new($"/Scheduling/Change?lessonId={Someone}", E.S, E.F, E.N, E.F, E.F, E.F, E.F),
        ["Scheduling/MyDay"] = new("/Scheduling/MyDay", E.S, E.F, E.A, E.A, E.A, E.A, E.A),
    };

    private static readonly Dictionary<string, Row> SchedulingChangesHandlerRows = new(StringComparer.Ordinal)
    {
        ["POST /Scheduling/Rooms"] = Staff("/Scheduling/Rooms", E.A, E.F),
        ["POST /Scheduling/Rooms?handler=Delete"] = Staff($"/Scheduling/Rooms?handler=Delete&roomId={Someone}", E.N, E.F),
        ["POST /Scheduling/Bells"] = Staff("/Scheduling/Bells", E.A, E.F),
        ["POST /Scheduling/Bells?handler=AddDay"] = Staff("/Scheduling/Bells?handler=AddDay", E.A, E.F),
        ["POST /Scheduling/Bells?handler=RemoveDay"] = Staff($"/Scheduling/Bells?handler=RemoveDay&dayId={Someone}", E.N, E.F),
        ["POST /Scheduling/Changes?handler=Extra"] = Staff("/Scheduling/Changes?handler=Extra", E.A, E.F),
        ["POST /Scheduling/Changes?handler=Undo"] = Staff($"/Scheduling/Changes?handler=Undo&changeId={Someone}", E.N, E.F),
        ["POST /Scheduling/Change?handler=Substitute"] = Staff($"/Scheduling/Change?lessonId={Someone}&handler=Substitute", E.N, E.F),
        ["POST /Scheduling/Change?handler=Cancel"] = Staff($"/Scheduling/Change?lessonId={Someone}&handler=Cancel", E.N, E.F),
        ["POST /Scheduling/Change?handler=Move"] = Staff($"/Scheduling/Change?lessonId={Someone}&handler=Move", E.N, E.F),
        ["POST /Scheduling/MyDay?handler=Delete"] = new($"/Scheduling/MyDay?handler=Delete&lessonId={Someone}", E.S, E.F, E.N, E.N, E.N, E.N, E.N),
        ["POST /Scheduling/MyDay?handler=Keep"] = new($"/Scheduling/MyDay?handler=Keep&lessonId={Someone}", E.S, E.F, E.N, E.N, E.N, E.N, E.N),
    };
}
