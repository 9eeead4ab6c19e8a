using Parta.Data;
using Parta.Journal;
using Parta.Planning;
using Parta.Web.Security;

namespace Parta.Web.Api;

/// <summary>
/// The class journal over the API (the «Journal» part of the API contract): a journal of a teaching assignment and
/// period; a lesson's topic and homework; assessments; marks and attendance cells; a mark's history. Every route is for
/// a signed-in user and the journal's own resource rule decides the rest (<see cref="JournalAccess"/> for reading,
/// <see cref="JournalWrite"/> for every write): a teacher writes their own journals and the lessons they substitute, a
/// class teacher and the administration read, students and parents get 403; another school's ids do not exist (404).
/// </summary>
public static class JournalApi
{
    public sealed record AssessmentView(Guid Id, string WorkType, decimal Weight, string? Title);

    public sealed record LessonView(Guid Id, DateOnly Date, int Number, string? Topic, string? Homework, IReadOnlyList<AssessmentView> Assessments);

    public sealed record StudentView(Guid Id, string FullName);

    public sealed record MarkView(Guid AssessmentId, Guid StudentId, string Value);

    public sealed record AttendanceView(Guid LessonId, Guid StudentId, string Code);

    public sealed record AverageView(Guid StudentId, decimal? Weighted);

    public sealed record JournalBody(
        IReadOnlyList<LessonView> Lessons, IReadOnlyList<StudentView> Students, IReadOnlyList<MarkView> Marks,
        IReadOnlyList<AttendanceView> Attendance, IReadOnlyList<AverageView> Averages);

    /// <summary><c>reason</c>: only for a lesson of a closed period (with the right to edit closed periods).</summary>
    public sealed record LessonRequest(string? Topic, string? Homework, string? Reason = null);

    /// <summary>A lesson as saved: <c>topic</c> is the shown one (the teacher's, else the plan's).</summary>
    public sealed record SavedLessonView(Guid Id, DateOnly Date, int Number, string? Topic, string? Homework);

    public sealed record AssessmentRequest(string? WorkType, string? Title, string? Reason = null);

    /// <summary>
    /// <c>expected</c>: the cell's value as the client last saw it (<c>""</c> for empty); when someone changed it since,
    /// nothing is overwritten and the answer is 409 with the current value. Without it the value is set whatever is there.
    /// </summary>
    public sealed record MarkRequest(string? Value, string? Expected = null, string? Reason = null);

    /// <summary><c>late</c>: the entry was made more than the school's late-entry days after the lesson.</summary>
    public sealed record MarkSaved(string Value, bool Late, decimal? Weighted);

    public sealed record AttendanceRequest(string? Code, string? Expected = null, string? Reason = null);

    public sealed record AttendanceSaved(string Code, bool Late);

    /// <summary>A change of a mark: <c>by</c> is who made it; <c>reason</c> is given for a change in a closed period.</summary>
    public sealed record MarkChange(DateTime At, string By, string? Old, string? New, string? Reason);

    private const string WriteNote =
        " Пишет учитель своего журнала и учитель, заменяющий этот урок; классный руководитель и администрация только читают (403)."
        + " В закрытый период — только с правом изменять закрытые периоды и с причиной (reason), она попадает в историю.";

    public static void MapJournalApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Журнал");

        api.MapGet("/teaching-assignments/{teachingAssignmentId:guid}/journal", GetJournal)
            .RequireSignedIn()
            .WithSummary("Журнал учебной нагрузки за учебный период: уроки, учащиеся, отметки, посещаемость, средние")
            .WithDescription(
                "Читают: учитель своей нагрузки (и урока, который он заменял), классный руководитель класса, администрация; остальным 403."
                + " Без periodId — текущий период. topic — тема урока (учителя или из КТП); weighted — средневзвешенный балл за период,"
                + " округлённый до двух знаков, null без отметок.")
            .Produces<JournalBody>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPut("/lessons/{lessonId:guid}", SaveLesson)
            .RequireSignedIn()
            .WithSummary("Записать тему урока и домашнее задание")
            .WithDescription("Обе записи заменяются; пустая тема — тема из КТП. Можно записать заранее." + WriteNote)
            .Produces<SavedLessonView>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/lessons/{lessonId:guid}/assessments", AddAssessment)
            .RequireSignedIn()
            .WithSummary("Добавить в урок оцениваемое задание (колонку отметок) вида работы по его коду")
            .WithDescription("workType — код вида работы школы: answer, test, control, lab, dictation, essay, homework, project." + WriteNote)
            .Produces<AssessmentView>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapPut("/assessments/{assessmentId:guid}/marks/{studentId:guid}", SetMark)
            .RequireSignedIn()
            .WithSummary("Поставить отметку учащемуся за задание")
            .WithDescription(
                "Повтор того же значения ничего не меняет и не пишет историю. Отметка по шкале предмета; не на пропуск и не на урок,"
                + " который ещё не прошёл (422). С expected — 409 и текущее значение (current.value), если ячейку уже изменили." + WriteNote)
            .Produces<MarkSaved>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapDelete("/assessments/{assessmentId:guid}/marks/{studentId:guid}", RemoveMark)
            .RequireSignedIn()
            .WithSummary("Снять отметку (expected и reason — в строке запроса)")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPut("/lessons/{lessonId:guid}/attendance/{studentId:guid}", SetAttendance)
            .RequireSignedIn()
            .WithSummary("Отметить посещаемость учащегося на уроке кодом школы («Н», «УП», «Б», «ОП»)")
            .WithDescription("Пропуск не ставится, если у учащегося есть отметка за урок (422). expected — как у отметок." + WriteNote)
            .Produces<AttendanceSaved>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapDelete("/lessons/{lessonId:guid}/attendance/{studentId:guid}", ClearAttendance)
            .RequireSignedIn()
            .WithSummary("Снять отметку посещаемости (expected и reason — в строке запроса)")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/marks/{assessmentId:guid}/{studentId:guid}/history", GetMarkHistory)
            .RequireSignedIn()
            .WithSummary("История отметки: кто, когда, было, стало (новые первыми)")
            .WithDescription("Читает тот, кто читает журнал.")
            .Produces<List<MarkChange>>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> GetJournal(Guid teachingAssignmentId, Guid? periodId, GetJournal journal, CancellationToken ct)
    {
        var result = await journal.HandleAsync(new GetJournal.Request(teachingAssignmentId, periodId), ct);
        return result.ToApi(view => TypedResults.Ok(View(view)));
    }

    private static JournalBody View(JournalView view) => new(
        view.Lessons.Select(l => new LessonView(
            l.Id, l.Date, l.Number, l.ShownTopic, l.Homework,
            l.Assessments.Select(a => new AssessmentView(a.Id, a.WorkTypeCode, a.Weight, a.Title)).ToList())).ToList(),
        view.Students.Select(s => new StudentView(s.StudentId, s.FullName)).ToList(),
        view.Marks.Select(m => new MarkView(m.AssessmentId, m.StudentId, m.Value)).ToList(),
        view.Attendance.Where(a => a.Code is not null).Select(a => new AttendanceView(a.LessonId, a.StudentId, a.Code!)).ToList(),
        view.Students.Select(s => new AverageView(s.StudentId, WeightedAverage.Rounded(view.Average(s.StudentId)))).ToList());

    private static async Task<IResult> SaveLesson(Guid lessonId, LessonRequest body, SaveLessonDetails save, PartaDbContext db, CancellationToken ct)
    {
        var result = await save.HandleAsync(new SaveLessonDetails.Request(lessonId, body.Topic, body.Homework, body.Reason), ct);
        if (!result.Succeeded)
        {
            return ApiResults.Refused(result.Errors);
        }

        var lesson = result.Value;
        var planned = lesson.Topic is null
            ? (await PlanLaying.LayAsync(db, lesson.TeachingAssignmentId, ct)).FirstOrDefault(p => p.LessonId == lesson.Id)?.Title
            : null;
        return TypedResults.Ok(new SavedLessonView(lesson.Id, lesson.Date, lesson.Number, lesson.Topic ?? planned, lesson.Homework));
    }

    private static async Task<IResult> AddAssessment(Guid lessonId, AssessmentRequest body, AddAssessment add, PartaDbContext db, CancellationToken ct)
    {
        var result = await add.HandleAsync(new AddAssessment.Request(lessonId, null, body.WorkType, body.Title, body.Reason), ct);
        if (!result.Succeeded)
        {
            return ApiResults.Refused(result.Errors);
        }

        var assessment = result.Value;
        var workType = (await JournalSettings.LoadAsync(db, assessment.SchoolId, ct)).WorkType(assessment.WorkTypeId)!;
        return TypedResults.Created((string?)null, new AssessmentView(assessment.Id, workType.Code, workType.Weight, assessment.Title));
    }

    private static async Task<IResult> SetMark(Guid assessmentId, Guid studentId, MarkRequest body, SetMark set, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(body.Value))
        {
            return ApiResults.Refused([new Invalid("Укажите отметку; чтобы снять её, отправьте DELETE.", "value")]);
        }

        var result = await set.HandleAsync(new SetMark.Request(assessmentId, studentId, body.Value, body.Expected, body.Reason), ct);
        return result.Succeeded
            ? TypedResults.Ok(new MarkSaved(result.Value.Value!, result.Value.Late, WeightedAverage.Rounded(result.Value.Average)))
            : Refused(result.Errors);
    }

    private static async Task<IResult> RemoveMark(Guid assessmentId, Guid studentId, string? expected, string? reason, SetMark set, CancellationToken ct)
    {
        var result = await set.HandleAsync(new SetMark.Request(assessmentId, studentId, null, expected, reason), ct);
        return result.Succeeded ? TypedResults.NoContent() : Refused(result.Errors);
    }

    private static async Task<IResult> SetAttendance(Guid lessonId, Guid studentId, AttendanceRequest body, SetAttendance set, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(body.Code))
        {
            return ApiResults.Refused([new Invalid("Укажите код посещаемости, например «Н»; чтобы снять его, отправьте DELETE.", "code")]);
        }

        var result = await set.HandleAsync(new SetAttendance.Request(lessonId, studentId, body.Code, body.Expected, body.Reason), ct);
        return result.Succeeded ? TypedResults.Ok(new AttendanceSaved(result.Value.Value!, result.Value.Late)) : Refused(result.Errors);
    }

    private static async Task<IResult> ClearAttendance(Guid lessonId, Guid studentId, string? expected, string? reason, SetAttendance set, CancellationToken ct)
    {
        var result = await set.HandleAsync(new SetAttendance.Request(lessonId, studentId, null, expected, reason), ct);
        return result.Succeeded ? TypedResults.NoContent() : Refused(result.Errors);
    }

    private static async Task<IResult> GetMarkHistory(Guid assessmentId, Guid studentId, GetCellHistory history, CancellationToken ct)
    {
        var result = await history.HandleAsync(new GetCellHistory.Request(assessmentId, studentId, MarksOnly: true), ct);
        return result.ToApi(rows => TypedResults.Ok(rows.Select(r => new MarkChange(r.At, r.By, r.Old, r.New, r.Reason)).ToList()));
    }

    /// <summary>
    /// A cell someone else changed since the client saw it: 409 with what is there now (<c>current.value</c> of a mark,
    /// <c>current.code</c> of attendance; null for an empty cell), as a stale record's conflict carries <c>current</c>.
    /// </summary>
    private static IResult Refused(IReadOnlyList<Error> errors)
    {
        (string Field, string? Value) cell;
        switch (errors)
        {
            case [Parta.Journal.SetMark.CellChanged mark]:
                cell = ("value", mark.Current);
                break;
            case [Parta.Journal.SetAttendance.CellChanged attendance]:
                cell = ("code", attendance.Current);
                break;
            default:
                return ApiResults.Refused(errors);
        }

        return TypedResults.Problem(
            title: errors[0].Message, statusCode: StatusCodes.Status409Conflict,
            extensions: new Dictionary<string, object?> { ["current"] = new Dictionary<string, string?> { [cell.Field] = cell.Value } });
    }
}
