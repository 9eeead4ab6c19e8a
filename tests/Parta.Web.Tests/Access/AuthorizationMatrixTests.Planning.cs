namespace Parta.Web.Tests.Access;

public sealed partial class AuthorizationMatrixTests
{
    /// <summary>
    /// Lesson plans: read by teachers (their own, planning.edit.own) and by the administration (journal.view.all: the
    /// coordinator and the director here); the system administrator outside a school, parents and students: 403. A plan
    /// that does not exist in the school: 404.
    /// </summary>
    private static readonly Dictionary<string, Row> PlanningRows = new()
    {
        ["Planning"] = PlanReaders("/Planning", E.A),
        ["Planning/Index"] = PlanReaders("/Planning/Index", E.A),
        ["Planning/Plan"] = PlanReaders($"/Planning/Plan?assignmentId={Someone}", E.N),
        ["Planning/Templates"] = PlanReaders("/Planning/Templates", E.A),
        ["Planning/Progress"] = PlanReaders("/Planning/Progress", E.A),
    };

    /// <summary>Every change needs planning.edit.own (teachers); the use case then finds nothing of the new school (404) or refuses the empty form.</summary>
    private static readonly Dictionary<string, Row> PlanningHandlerRows = new(StringComparer.Ordinal)
    {
        ["GET /Planning/Plan?handler=Xlsx"] = PlanReaders($"/Planning/Plan?handler=Xlsx&assignmentId={Someone}", E.N),
        ["POST /Planning/Plan"] = PlanEditors($"/Planning/Plan?assignmentId={Someone}", E.N),
        ["POST /Planning/Plan?handler=Delete"] = PlanEditors($"/Planning/Plan?handler=Delete&assignmentId={Someone}&topicId={Someone}", E.N),
        ["POST /Planning/Plan?handler=Move"] = PlanEditors($"/Planning/Plan?handler=Move&assignmentId={Someone}&topicId={Someone}", E.N),
        ["POST /Planning/Plan?handler=Copy"] = PlanEditors($"/Planning/Plan?handler=Copy&templateId={Someone}", E.N),
        ["POST /Planning/Plan?handler=Preview"] = PlanEditors($"/Planning/Plan?handler=Preview&assignmentId={Someone}", E.N),
        ["POST /Planning/Plan?handler=Apply"] = PlanEditors($"/Planning/Plan?handler=Apply&assignmentId={Someone}", E.N),
        ["POST /Planning/Templates"] = PlanEditors("/Planning/Templates", E.A),
        ["POST /Planning/Templates?handler=Delete"] = PlanEditors($"/Planning/Templates?handler=Delete&templateId={Someone}", E.N),
    };

    private static Row PlanReaders(string url, E e) => new(url, E.S, E.F, e, e, e, E.F, E.F);

    private static Row PlanEditors(string url, E teacher) => new(url, E.S, E.F, E.F, E.F, teacher, E.F, E.F);
}
