using Parta.Data;

namespace Parta.Web.Api;

/// <summary>The answers every API module gives the same way.</summary>
public static class ApiResults
{
    /// <summary>404 in Russian: the thing does not exist or its existence is private to another school or family.</summary>
    public static IResult NotFound(string title = "Не найдено.") =>
        TypedResults.Problem(title: title, statusCode: StatusCodes.Status404NotFound);

    /// <summary>422: the request is well-formed but would break a rule of the domain.</summary>
    public static IResult Unprocessable(string title) =>
        TypedResults.Problem(title: title, statusCode: StatusCodes.Status422UnprocessableEntity);

    public static IResult Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "Запрос заполнен неверно");

    /// <summary>Whether a route's {schoolId} is the school the request acts in (see CurrentUserMiddleware).</summary>
    public static bool IsCurrentSchool(this CurrentUser user, Guid schoolId) => user.SchoolId == schoolId;
}
