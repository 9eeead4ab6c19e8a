using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Movement;
using Parta.Organisation;
using Parta.People;
using Parta.Web.Security;

namespace Parta.Web.Api;

/// <summary>The movement book over the API (the «Movement» part of the API contract, see README «API»).</summary>
public static class MovementApi
{
    /// <summary>
    /// An event of the book. <c>studentId</c> names a student the school knows; an admission of a new student gives
    /// <c>student</c>, the card, instead: the card and the admission are made together or not at all.
    /// </summary>
    public sealed record MovementRequest(
        string? Kind, Guid? StudentId, Guid? ClassId, DateOnly? Date, string? OrderNumber, DateOnly? OrderDate, string? Reason,
        string? WithdrawalReason = null, string? OtherSchool = null, string? AcademicDebts = null, StudentBody? Student = null);

    /// <summary>The card of a new student (<c>gender</c>: <c>male</c> or <c>female</c>).</summary>
    public sealed record StudentBody(
        string? LastName, string? FirstName, string? MiddleName = null, DateOnly? BirthDate = null, string? Gender = null,
        string? PersonalFileNumber = null, string? Phone = null, string? Email = null, string? Address = null, int? HealthGroup = null);

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
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status409Conflict);
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

    private static async Task<IResult> Record(
        Guid schoolId, MovementRequest body, CurrentUser user, RecordMovementEvent record, AdmitStudent admit, PartaDbContext db, CancellationToken ct)
    {
        if (!user.IsCurrentSchool(schoolId))
        {
            return ApiResults.NotFound("Школа не найдена.");
        }

        var checks = new Checks();
        if (!EnumCode.TryParse<MovementKind>(body.Kind, out var kind))
        {
            checks.Add("kind", $"Укажите вид события: {EnumCode.List<MovementKind>()}.");
        }

        WithdrawalReason? reason = null;
        if (body.WithdrawalReason is { Length: > 0 } reasonCode)
        {
            if (EnumCode.TryParse<WithdrawalReason>(reasonCode, out var parsed))
            {
                reason = parsed;
            }
            else
            {
                checks.Add("withdrawalReason", $"Причина выбытия — одна из: {EnumCode.List<WithdrawalReason>()}.");
            }
        }

        Gender? gender = null;
        if (body.Student?.Gender is { Length: > 0 } genderCode)
        {
            if (EnumCode.TryParse<Gender>(genderCode, out var parsed))
            {
                gender = parsed;
            }
            else
            {
                checks.Add("student.gender", $"Пол — одно из: {EnumCode.List<Gender>()}.");
            }
        }

        var admission = body.StudentId is null && body.Student is not null;
        if (body.StudentId is null && body.Student is null)
        {
            checks.Add("studentId", "Укажите учащегося (studentId), а для прибытия нового — его карточку (student).");
        }
        else if (body.StudentId is not null && body.Student is not null)
        {
            checks.Add("student", "Укажите либо studentId, либо карточку нового учащегося (student), но не то и другое.");
        }
        else if (admission && checks.Errors.All(e => e.Field != "kind") && !kind.AdmitsNewStudent())
        {
            checks.Add("student", $"Карточку нового учащегося (student) можно передать только с прибытием или зачислением на начало учёта (kind: {EnumCode.Of(MovementKind.Admission)}, {EnumCode.Of(MovementKind.OpeningEnrolment)}).");
        }

        if (checks.Failed)
        {
            return ApiResults.Refused(checks.Errors);
        }

        var particulars = new MovementParticulars(
            body.Date, body.OrderNumber, body.OrderDate ?? body.Date, body.Reason, reason, body.OtherSchool, body.AcademicDebts);
        var result = admission
            ? await admit.HandleAsync(new AdmitStudent.Request(
                new StudentCard(body.Student!.LastName, body.Student.FirstName, body.Student.MiddleName, body.Student.BirthDate, gender,
                    body.Student.PersonalFileNumber, body.Student.Phone, body.Student.Email, body.Student.Address, body.Student.HealthGroup),
                body.ClassId, particulars, kind), ct)
            : await record.HandleAsync(new RecordMovementEvent.Request(body.StudentId!.Value, kind, body.ClassId, particulars), ct);
        return result.Succeeded
            ? TypedResults.Created($"/api/v1/schools/{schoolId}/movement/{result.Value.Id}", await ViewAsync(db, result.Value.Id))
            : ApiResults.Refused(result.Errors);
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
            e.Id, EnumCode.Of(e.Kind), e.StudentId,
            e.Student!.LastName + " " + e.Student.FirstName + (e.Student.MiddleName == null ? "" : " " + e.Student.MiddleName),
            e.FromClassId, e.ToClassId, e.ToClass == null ? null : SchoolClass.NameOf(e.ToClass.Grade, e.ToClass.Letter), e.Date,
            e.Order!.Number, e.Order.Date, e.Reason, e.WithdrawalReason == null ? null : EnumCode.Of(e.WithdrawalReason.Value),
            e.Cancelled));

}
