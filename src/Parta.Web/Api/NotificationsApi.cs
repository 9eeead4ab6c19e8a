using Parta.Notifications;
using Parta.Web.Security;

namespace Parta.Web.Api;

/// <summary>The signed-in user's e-mail notification settings, per student (their children; themself from grade 5).</summary>
public static class NotificationsApi
{
    public static void MapNotificationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/me/notifications").WithTags("Уведомления");
        api.MapGet("/settings", GetSettings)
            .RequireSignedIn()
            .WithSummary("Настройки уведомлений по каждому ребёнку (и по себе — ученику с 5 класса)")
            .WithDescription("kinds: newMarks, lowMarks (отметки ниже lowMarkThreshold), absences, homework, teacherMessages; mode: instant или digest (раз в день в digestHour по времени школы).")
            .Produces<NotificationSettingsView>();
        api.MapPut("/settings", PutSettings)
            .RequireSignedIn()
            .WithSummary("Сохранить настройки уведомлений (тот же вид, что у GET; учащиеся, которых нет в списке, не меняются)")
            .WithDescription("digestHour — 0…23, lowMarkThreshold — 2…5, неизвестный вид или способ — 422; чужой учащийся — 404.")
            .Produces<NotificationSettingsView>().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<IResult> GetSettings(GetNotificationSettings get, CancellationToken ct) =>
        (await get.HandleAsync(ct)).ToApi(v => TypedResults.Ok(v));

    private static async Task<IResult> PutSettings(SaveNotificationSettings.Request request, SaveNotificationSettings save, CancellationToken ct) =>
        (await save.HandleAsync(request, ct)).ToApi(v => TypedResults.Ok(v));
}
