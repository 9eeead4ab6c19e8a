using Parta.Grading;
using Parta.Journal;
using Parta.Web.Security;

namespace Parta.Web.Api;

/// <summary>
/// Final marks over the API: a journal's period-mark sheet (read with the suggestion and its reason, and write), the
/// year, exam and final marks of a journal, and a student's final marks of a year (<c>/students/{id}/final-marks</c>
/// of the contract). The rules are the sheet's (<see cref="GetFinalMarkSheet"/>, <see cref="SetFinalMark"/>) and the
/// student's (<see cref="GetStudentFinalMarks"/>).
/// </summary>
public static class GradingApi
{
    public sealed record SheetPeriodView(Guid Id, string Name, DateOnly Start, DateOnly End, bool Closed);

    public sealed record RulesView(decimal Five, decimal Four, decimal Three, int MinMarks, int MaxMissedPercent, string Halves);

    /// <summary>A student's line: <c>weighted</c> rounded to two decimals; <c>suggested</c> and <c>reason</c> by the school's rules; <c>value</c> the mark set.</summary>
    public sealed record PeriodMarkRow(
        Guid StudentId, string FullName, int Marks, decimal? Weighted, int Lessons, int Missed, string? Suggested, string Reason, string? Value, bool Differs);

    public sealed record PeriodMarkSheetView(SheetPeriodView Period, RulesView Rules, bool Editable, IReadOnlyList<string> Values, IReadOnlyList<PeriodMarkRow> Students);

    /// <summary><c>expected</c> as in the journal's marks; <c>reason</c> for a closed period, or a year mark before every period is closed.</summary>
    public sealed record FinalMarkRequest(string? Value, string? Expected = null, string? Reason = null);

    /// <summary><c>kind</c>: <c>year</c>, <c>exam</c> or <c>final</c>.</summary>
    public sealed record YearMarkRequest(string? Kind, string? Value, string? Expected = null, string? Reason = null);

    public sealed record FinalMarkSavedView(string? Value);

    public sealed record PeriodValueView(Guid PeriodId, string? Value);

    public sealed record SubjectFinalMarksView(Guid SubjectId, string Subject, IReadOnlyList<PeriodValueView> Periods, string? Year, string? Exam, string? Final);

    public sealed record StudentFinalMarksView(IReadOnlyList<SubjectFinalMarksView> Subjects);

    private const string WriteNote =
        " Ставит учитель своего журнала (право «Выставление итоговых отметок»); в закрытый период — только с правом изменять закрытые"
        + " периоды и с причиной (reason), она попадает в историю. Значения: отметки шкалы предмета, «н/а», «осв»; вне списка — 422.";

    public static void MapGradingApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Итоговые отметки");
        api.MapGet("/teaching-assignments/{teachingAssignmentId:guid}/period-marks", GetSheet)
            .RequireSignedIn()
            .WithSummary("Ведомость отметок за период: средний балл, предложенная отметка с правилом и выставленная")
            .WithDescription("Читают те, кто читает журнал. Без periodId — текущий период. differs — выставлена не та, что предложена.")
            .Produces<PeriodMarkSheetView>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPut("/teaching-assignments/{teachingAssignmentId:guid}/period-marks/{studentId:guid}", SetPeriodMark)
            .RequireSignedIn()
            .WithSummary("Поставить отметку за период (periodId — в строке запроса)")
            .WithDescription("Повтор того же значения ничего не меняет. Учащийся должен быть в списке журнала в периоде." + WriteNote)
            .Produces<FinalMarkSavedView>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapDelete("/teaching-assignments/{teachingAssignmentId:guid}/period-marks/{studentId:guid}", RemovePeriodMark)
            .RequireSignedIn()
            .WithSummary("Снять отметку за период (periodId, expected и reason — в строке запроса)")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPut("/teaching-assignments/{teachingAssignmentId:guid}/year-marks/{studentId:guid}", SetYearMark)
            .RequireSignedIn()
            .WithSummary("Поставить годовую, экзаменационную или итоговую отметку (kind: year, exam, final)")
            .WithDescription("Пока не закрыты все периоды — только с причиной (reason); экзаменационная — если в учебном плане есть экзамен." + WriteNote)
            .Produces<FinalMarkSavedView>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/students/{studentId:guid}/final-marks", GetStudentMarks)
            .RequireSignedIn()
            .WithSummary("Итоговые отметки учащегося за учебный год: за периоды, годовые, экзаменационные, итоговые")
            .WithDescription("Читают сам учащийся, его родители, классный руководитель и администрация; остальным 404. Без yearId — текущий год.")
            .Produces<StudentFinalMarksView>().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> GetSheet(Guid teachingAssignmentId, Guid? periodId, GetFinalMarkSheet get, CancellationToken ct)
    {
        var result = await get.HandleAsync(new GetFinalMarkSheet.Request(teachingAssignmentId, periodId), ct);
        return result.ToApi(s =>
        {
            var p = s.Period!;
            var r = s.Rules;
            return TypedResults.Ok(new PeriodMarkSheetView(
                new SheetPeriodView(p.Id, p.Name, p.Start, p.End, p.Closed),
                new RulesView(r.Five, r.Four, r.Three, r.MinMarks, r.MaxMissedPercent, r.Halves.ToString().ToLowerInvariant()),
                s.Editable, s.Values,
                s.Rows.Select(x => new PeriodMarkRow(x.StudentId, x.FullName, x.Record.Marks, WeightedAverage.Rounded(x.Record.Average), x.Record.Lessons,
                    x.Record.Missed, x.Suggested.Value, x.Suggested.Reason, x.Value, x.Differs)).ToList()));
        });
    }

    private static Task<IResult> SetPeriodMark(Guid teachingAssignmentId, Guid studentId, Guid? periodId, FinalMarkRequest body, SetFinalMark set, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(body.Value))
        {
            return Task.FromResult(ApiResults.Refused([new Invalid("Укажите отметку; чтобы снять её, отправьте DELETE.", "value")]));
        }

        return SaveAsync(set, new SetFinalMark.Request(teachingAssignmentId, studentId, FinalMarkKind.Period, periodId, body.Value, body.Expected, body.Reason), ct);
    }

    private static async Task<IResult> RemovePeriodMark(
        Guid teachingAssignmentId, Guid studentId, Guid? periodId, string? expected, string? reason, SetFinalMark set, CancellationToken ct)
    {
        var result = await set.HandleAsync(new SetFinalMark.Request(teachingAssignmentId, studentId, FinalMarkKind.Period, periodId, null, expected, reason), ct);
        return result.Succeeded ? TypedResults.NoContent() : Refused(result.Errors);
    }

    private static async Task<IResult> SetYearMark(
        Guid teachingAssignmentId, Guid studentId, YearMarkRequest body, SetFinalMark set, JournalAccess access, CancellationToken ct)
    {
        FinalMarkKind? kind = body.Kind?.Trim().ToLowerInvariant() switch
        {
            "year" => FinalMarkKind.Year,
            "exam" => FinalMarkKind.Exam,
            "final" => FinalMarkKind.Final,
            _ => null,
        };
        if (kind is null)
        {
            // A journal that is not there is 404 whatever the body says.
            return await access.FindAsync(teachingAssignmentId, ct) is null
                ? ApiResults.Refused([new JournalAccess.JournalNotFound()])
                : ApiResults.Refused([new Invalid("Укажите вид отметки: year (годовая), exam (экзаменационная) или final (итоговая).", "kind")]);
        }

        return await SaveAsync(set, new SetFinalMark.Request(teachingAssignmentId, studentId, kind.Value, null, body.Value, body.Expected, body.Reason), ct);
    }

    private static async Task<IResult> SaveAsync(SetFinalMark set, SetFinalMark.Request request, CancellationToken ct)
    {
        var result = await set.HandleAsync(request, ct);
        return result.Succeeded ? TypedResults.Ok(new FinalMarkSavedView(result.Value.Value)) : Refused(result.Errors);
    }

    private static async Task<IResult> GetStudentMarks(Guid studentId, Guid? yearId, GetStudentFinalMarks get, CancellationToken ct)
    {
        var result = await get.HandleAsync(new GetStudentFinalMarks.Request(studentId, yearId), ct);
        return result.ToApi(m => TypedResults.Ok(new StudentFinalMarksView(m.Subjects.Select(s => new SubjectFinalMarksView(
            s.SubjectId, s.Subject, s.Periods.Select(p => new PeriodValueView(p.PeriodId, p.Value)).ToList(), s.Year, s.Exam, s.Final)).ToList())));
    }

    private static IResult Refused(IReadOnlyList<Error> errors) =>
        errors is [SetFinalMark.MarkChanged changed]
            ? TypedResults.Problem(
                title: changed.Message, statusCode: StatusCodes.Status409Conflict,
                extensions: new Dictionary<string, object?> { ["current"] = new Dictionary<string, string?> { ["value"] = changed.Current } })
            : ApiResults.Refused(errors);
}
