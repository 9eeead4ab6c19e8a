using System.Text.Json;
using Parta.Data;

namespace Parta.Web.Api;

/// <summary>
/// The answers every API module gives the same way: the one place that turns a use case's refusal into problem details
/// (RFC 9457) with a Russian title: 404 for what does not exist or is private, 403 for what is forbidden, 422 for a
/// request that breaks a rule (with <c>errors</c> by camelCase field), 409 for a conflict (a stale version carries
/// <c>current</c>, the values saved now).
/// </summary>
public static class ApiResults
{
    public const string InvalidTitle = "Запрос заполнен неверно";

    /// <summary>The value as <paramref name="ok"/> makes it, or the refusal.</summary>
    public static IResult ToApi<T>(this Result<T> result, Func<T, IResult> ok) => result.Succeeded ? ok(result.Value) : Refused(result.Errors);

    public static IResult Refused(IReadOnlyList<Error> errors)
    {
        if (errors.FirstOrDefault(e => e.Kind is ErrorKind.NotFound) is { } missing)
        {
            return NotFound(missing.Message);
        }

        if (errors.FirstOrDefault(e => e.Kind is ErrorKind.Forbidden) is { } forbidden)
        {
            return TypedResults.Problem(title: forbidden.Message, statusCode: StatusCodes.Status403Forbidden);
        }

        if (errors.FirstOrDefault(e => e.Kind is ErrorKind.Conflict) is { } conflict)
        {
            var extensions = conflict is StaleRecord stale
                ? new Dictionary<string, object?>
                {
                    ["version"] = stale.CurrentVersion,
                    ["current"] = stale.Current.ToDictionary(kv => FieldName(kv.Key), kv => (object?)kv.Value),
                }
                : null;
            return TypedResults.Problem(title: conflict.Message, statusCode: StatusCodes.Status409Conflict, extensions: extensions);
        }

        var byField = errors.Where(e => e.Field is { Length: > 0 })
            .GroupBy(e => FieldName(e.Field!))
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).Distinct().ToArray());
        var general = errors.Where(e => e.Field is not { Length: > 0 }).Select(e => e.Message).Distinct().ToList();
        if (general.Count > 0)
        {
            // A rule of the domain broken as a whole (the movement book): its own words are the title.
            return TypedResults.Problem(
                title: general[0], statusCode: StatusCodes.Status422UnprocessableEntity,
                extensions: byField.Count > 0 || general.Count > 1
                    ? new Dictionary<string, object?> { ["errors"] = byField.Count > 0 ? byField : new Dictionary<string, string[]> { [""] = [.. general] } }
                    : null);
        }

        return TypedResults.Problem(new HttpValidationProblemDetails(byField) { Status = StatusCodes.Status422UnprocessableEntity, Title = InvalidTitle });
    }

    /// <summary>A use case's field (<c>Student.LastName</c>) as the JSON of the request names it (<c>student.lastName</c>).</summary>
    public static string FieldName(string field) => string.Join('.', field.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));

    /// <summary>404 in Russian: the thing does not exist or its existence is private to another school or family.</summary>
    public static IResult NotFound(string title = "Не найдено.") =>
        TypedResults.Problem(title: title, statusCode: StatusCodes.Status404NotFound);

    /// <summary>The Russian title of a status the framework answers by itself.</summary>
    public static string TitleFor(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "Запрос не удалось прочитать: проверьте JSON, типы значений и даты (ГГГГ-ММ-ДД).",
        StatusCodes.Status401Unauthorized => "Нужен вход: передайте токен в заголовке Authorization: Bearer.",
        StatusCodes.Status403Forbidden => "Недостаточно прав.",
        StatusCodes.Status404NotFound => "Не найдено.",
        StatusCodes.Status405MethodNotAllowed => "Этот метод для адреса не поддерживается.",
        StatusCodes.Status409Conflict => "Запись уже изменил другой пользователь.",
        StatusCodes.Status413PayloadTooLarge => "Запрос слишком велик.",
        StatusCodes.Status415UnsupportedMediaType => "Тело запроса должно быть JSON: Content-Type: application/json.",
        StatusCodes.Status422UnprocessableEntity => InvalidTitle,
        StatusCodes.Status429TooManyRequests => "Слишком много запросов: подождите и повторите.",
        _ when status >= 500 => "Внутренняя ошибка сервера. Запрос не выполнен.",
        _ => "Запрос не выполнен.",
    };

    /// <summary>Whether a route's {schoolId} is the school the request acts in (see CurrentUserMiddleware).</summary>
    public static bool IsCurrentSchool(this CurrentUser user, Guid schoolId) => user.SchoolId == schoolId;
}
