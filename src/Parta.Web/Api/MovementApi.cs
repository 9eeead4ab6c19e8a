using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Movement;
using Parta.Web.Security;

namespace Parta.Web.Api;

/// <summary>The movement book over the API (the «Movement» part of the API contract, see README «API»).</summary>
public static class MovementApi
{
    public sealed record MovementRequest(
        string? Kind, Guid? StudentId, Guid? ClassId, DateOnly? Date, string? OrderNumber, DateOnly? OrderDate, string? Reason,
        string? WithdrawalReason = null, string? OtherSchool = null, string? AcademicDebts = null);

    public sealed record MovementView(
        Guid Id, string Kind, Guid StudentId, string StudentName, Guid? FromClassId, Guid? ClassId, string? ClassName, DateOnly Date,
        string OrderNumber, DateOnly OrderDate, string? Reason, string? WithdrawalReason, bool Cancelled);

    public static void MapMovementApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/schools/{schoolId:guid}").WithTags("Книга движения");
        group.MapPost("/movement", Record)
            .RequirePermission(Permissions.MovementEdit)
            .WithSummary("Записать событие книги движения (прибытие, перевод, выбытие …)")
            .Produces<MovementView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/movement", List)
            .RequirePermission(Permissions.MovementView)
            .WithSummary("События книги движения за период, старые первыми")
            .Produces<List<MovementView>>();
        group.MapGet("/movement/{eventId:guid}", Get)
            .RequirePermission(Permissions.MovementView)
            .WithSummary("Одна запись книги движения")
            .Produces<MovementView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> Get(Guid schoolId, Guid eventId, CurrentUser user, PartaDbContext db)
    {
        if (!user.IsCurrentSchool(schoolId))
        {
            return ApiResults.NotFound("Школа не найдена.");
        }

        return await Views(db.MovementEvents.AsNoTracking().Where(e => e.Id == eventId)).FirstOrDefaultAsync() is { } view
            ? TypedResults.Ok(view)
            : ApiResults.NotFound("Запись книги движения не найдена.");
    }

    private static async Task<IResult> Record(Guid schoolId, MovementRequest body, CurrentUser user, RecordMovementEvent handler, PartaDbContext db)
    {
        if (!user.IsCurrentSchool(schoolId))
        {
            return ApiResults.NotFound("Школа не найдена.");
        }

        if (ParseKind(body.Kind) is not { } kind)
        {
            return ApiResults.Invalid("kind", "Укажите вид события: admission, transfer, promotion, conditionalPromotion, retention, withdrawal или reinstatement.");
        }

        if (body.StudentId is not { } studentId)
        {
            return ApiResults.Invalid("studentId", "Укажите учащегося.");
        }

        if (body.Date is not { } date)
        {
            return ApiResults.Invalid("date", "Укажите дату события.");
        }

        WithdrawalReason? reason = null;
        if (body.WithdrawalReason is { Length: > 0 } text)
        {
            if (!Enum.TryParse<WithdrawalReason>(text, ignoreCase: true, out var parsed))
            {
                return ApiResults.Invalid("withdrawalReason", "Неизвестная причина выбытия.");
            }

            reason = parsed;
        }

        var (movement, error) = await handler.ExecuteAsync(new RecordMovementEvent.Request(
            studentId, kind, body.ClassId, date, body.OrderNumber ?? "", body.OrderDate ?? date, body.Reason, reason, body.OtherSchool, body.AcademicDebts));
        return error switch
        {
            null => TypedResults.Created($"/api/v1/schools/{schoolId}/movement/{movement!.Id}", await ViewAsync(db, movement.Id)),
            RecordMovementEvent.StudentNotFound => ApiResults.NotFound(error.Message),
            RecordMovementEvent.Invalid invalid => ApiResults.Invalid(invalid.Field, invalid.Message),
            _ => ApiResults.Unprocessable(error.Message),
        };
    }

    private static async Task<IResult> List(Guid schoolId, DateOnly? from, DateOnly? to, CurrentUser user, PartaDbContext db)
    {
        if (!user.IsCurrentSchool(schoolId))
        {
            return ApiResults.NotFound("Школа не найдена.");
        }

        var query = db.MovementEvents.AsNoTracking();
        if (from is { } f)
        {
            query = query.Where(e => e.Date >= f);
        }

        if (to is { } t)
        {
            query = query.Where(e => e.Date <= t);
        }

        return TypedResults.Ok(await Views(query.OrderBy(e => e.Date).ThenBy(e => e.Id)).ToListAsync());
    }

    private static Task<MovementView> ViewAsync(PartaDbContext db, Guid id) => Views(db.MovementEvents.AsNoTracking().Where(e => e.Id == id)).SingleAsync();

    private static IQueryable<MovementView> Views(IQueryable<MovementEvent> events) =>
        events.Select(e => new MovementView(
            e.Id, JsonNamingPolicy.CamelCase.ConvertName(e.Kind.ToString()), e.StudentId,
            e.Student!.LastName + " " + e.Student.FirstName + (e.Student.MiddleName == null ? "" : " " + e.Student.MiddleName),
            e.FromClassId, e.ToClassId, e.ToClass == null ? null : e.ToClass.Grade + e.ToClass.Letter, e.Date,
            e.Order!.Number, e.Order.Date, e.Reason, e.WithdrawalReason == null ? null : JsonNamingPolicy.CamelCase.ConvertName(e.WithdrawalReason.ToString()!),
            e.Cancelled));

    private static MovementKind? ParseKind(string? kind) =>
        Enum.TryParse<MovementKind>(kind, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(kind, out _) ? parsed : null;
}
