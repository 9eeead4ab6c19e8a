using System.Globalization;
using System.Threading.RateLimiting;
using Parta.Access;
using Parta.Data;
using Parta.Organisation;
using Parta.Scheduling;
using Parta.Web.Security;

namespace Parta.Web.Api;

/// <summary>
/// The timetable over the API (the «Timetable» part of the API contract): dated lessons of a class, and the user's own
/// (a teacher's as taught, a student's, a parent's child's); and the anonymous iCalendar feed by its secret address.
/// </summary>
public static class SchedulingApi
{
    /// <summary>
    /// A dated lesson. <c>date</c> is «ГГГГ-ММ-ДД»; <c>start</c>, <c>end</c> are the school's local time «ЧЧ:ММ» (null
    /// when the school has no bells for the lesson); <c>changed</c> is null, <c>substitution</c>, <c>cancelled</c>,
    /// <c>moved</c> or <c>extra</c>; <c>teacher</c> is who gives it («Иванова И. И.»).
    /// </summary>
    public sealed record TimetableLesson(
        Guid LessonId, DateOnly Date, int Number, string? Start, string? End, Guid SubjectId, string Subject, Guid TeacherId, string Teacher,
        Guid? RoomId, string? Room, Guid? GroupId, string? Changed);

    private const string RangeNote =
        " Период — from и to (ГГГГ-ММ-ДД, включительно), не больше 31 дня (иначе 422); без них — текущая неделя школы (понедельник–воскресенье)."
        + " Уроки по дате, затем по номеру; start и end — местное время школы «ЧЧ:ММ».";

    public static void MapSchedulingApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Расписание");

        // A class names its school (as its class list does): any signed-in user, then the resource rule in that school.
        api.MapGet("/classes/{classId:guid}/timetable", GetClassTimetable)
            .RequireSignedIn()
            .WithSummary("Уроки класса и его групп за период")
            .WithDescription("Сотрудники с правом просмотра расписания — любой класс школы; родитель и учащийся — только класс своего ребёнка (свой), иначе 404." + RangeNote)
            .Produces<List<TimetableLesson>>().ProducesProblem(StatusCodes.Status404NotFound).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapGet("/me/timetable", GetMyTimetable)
            .RequirePermission(Permissions.ScheduleView)
            .WithSummary("Мои уроки за период: учителя — которые он ведёт (с заменами), учащегося — свои, родителя — ребёнка (studentId)")
            .WithDescription("Родитель передаёт studentId своего ребёнка (обязательно; чужой — 404)." + RangeNote)
            .Produces<List<TimetableLesson>>().ProducesProblem(StatusCodes.Status404NotFound).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
    }

    /// <summary>The iCalendar feed: anonymous, by the secret in its address, throttled per client address.</summary>
    public static void MapCalendarFeed(this IEndpointRouteBuilder app) =>
        app.MapGet("/calendar/{token}.ics", GetCalendarFile)
            .AllowAnonymous()
            .ExcludeFromDescription();

    private static async Task<IResult> GetClassTimetable(
        Guid classId, DateOnly? from, DateOnly? to, SignedInUser signedIn, CurrentUser user, GetLessons lessons, PartaDbContext db, TimeProvider time,
        CancellationToken ct)
    {
        var schoolId = await ClassAccess.SchoolOfAsync(db, classId, signedIn.Schools.Select(s => s.SchoolId).ToList(), signedIn.IsSystemAdministrator, ct);
        if (schoolId is null)
        {
            return ApiResults.NotFound("Класс не найден.");
        }

        user.SwitchSchool(schoolId);
        var (start, end) = await RangeAsync(from, to, db, time, ct);
        var result = await lessons.HandleAsync(new GetLessons.Request(LessonsOf.Class, classId, start, end), ct);
        return result.ToApi(rows => TypedResults.Ok(rows.Select(View).ToList()));
    }

    private static async Task<IResult> GetMyTimetable(
        DateOnly? from, DateOnly? to, Guid? studentId, CurrentUser user, PermissionResolver resolver, GetLessons lessons, PartaDbContext db,
        TimeProvider time, CancellationToken ct)
    {
        var (start, end) = await RangeAsync(from, to, db, time, ct);
        if (GetLessons.CheckRange(start, end) is { } refusal)
        {
            return ApiResults.Refused([refusal]);
        }

        var viewer = await TimetableAccess.ViewerAsync(db, user, resolver, ct);
        var whose = new List<(LessonsOf Of, Guid Id)>();
        if (studentId is { } s)
        {
            if (viewer.Family.All(f => f.Id != s))
            {
                return ApiResults.NotFound("Учащийся не найден.");
            }

            whose.Add((LessonsOf.Student, s));
        }
        else if (viewer.StaffIds.Count > 0)
        {
            whose.AddRange(viewer.StaffIds.Select(id => (LessonsOf.Teacher, id)));
        }
        else if (viewer.Self is { } self)
        {
            whose.Add((LessonsOf.Student, self.Id));
        }
        else if (viewer.Children.Count > 0)
        {
            return ApiResults.Refused([new Invalid("Укажите studentId — чьё расписание показать.", "studentId")]);
        }

        var rows = new List<LessonRow>();
        foreach (var (of, id) in whose)
        {
            var result = await lessons.HandleAsync(new GetLessons.Request(of, id, start, end), ct);
            if (!result.Succeeded)
            {
                return ApiResults.Refused(result.Errors);
            }

            rows.AddRange(result.Value);
        }

        return TypedResults.Ok(rows.OrderBy(r => r.Date).ThenBy(r => r.Number).Select(View).ToList());
    }

    private static async Task<IResult> GetCalendarFile(
        string token, HttpContext context, CalendarFeedThrottle throttle, GetCalendarFeedFile file, CancellationToken ct)
    {
        if (!throttle.TryAcquire(context.Connection.RemoteIpAddress?.ToString()))
        {
            return Results.StatusCode(StatusCodes.Status429TooManyRequests);
        }

        var result = await file.HandleAsync(new GetCalendarFeedFile.Request(token), ct);
        if (!result.Succeeded)
        {
            return Results.NotFound();
        }

        context.Response.Headers.CacheControl = "no-store";
        return Results.Text(result.Value, CalendarFile.ContentType);
    }

    /// <summary>The asked range, or the school's current week when from or to is missing.</summary>
    private static async Task<(DateOnly From, DateOnly To)> RangeAsync(DateOnly? from, DateOnly? to, PartaDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (from is { } f && to is { } t)
        {
            return (f, t);
        }

        var today = await SchoolClock.TodayAsync(db, time, ct);
        var monday = from ?? to?.AddDays(1 - ScheduleRules.DayOf(to.Value)) ?? today.AddDays(1 - ScheduleRules.DayOf(today));
        return (monday, to ?? monday.AddDays(6));
    }

    private static TimetableLesson View(LessonRow l) => new(
        l.LessonId, l.Date, l.Number, Time(l.Start), Time(l.End), l.SubjectId, l.Subject, l.TeacherId, l.Teacher, l.RoomId, l.Room, l.GroupId,
        l.Change is { } change ? EnumCode.Of(change) : null);

    private static string? Time(TimeOnly? time) => time?.ToString("HH:mm", CultureInfo.InvariantCulture);
}

/// <summary>Slows address guessing on the anonymous calendar feed: a fixed number of requests a minute per client address.</summary>
public sealed class CalendarFeedThrottle : IDisposable
{
    public const int PerMinute = 60;

    private readonly PartitionedRateLimiter<string> _perIp = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = PerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0, AutoReplenishment = true,
        }));

    public bool TryAcquire(string? ipAddress)
    {
        using var lease = _perIp.AttemptAcquire(ipAddress ?? "unknown");
        return lease.IsAcquired;
    }

    public void Dispose() => _perIp.Dispose();
}
