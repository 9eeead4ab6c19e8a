using Parta.Web.Security;

namespace Parta.Web.Api;

public static class AuthApi
{
    public sealed record TokenRequest(string? Login, string? Password);

    public sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn);

    public static void MapAuthApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/auth").WithTags("Аутентификация");
        group.MapPost("/token", IssueToken)
            .AllowAnonymous()
            .WithSummary("Выдать токен доступа по логину и паролю")
            .Produces<TokenResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
    }

    private static async Task<IResult> IssueToken(TokenRequest request, AccountSignIn signIn, SessionIssuer issuer, HttpContext context)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Login))
        {
            errors["login"] = ["Укажите логин."];
        }

        if (string.IsNullOrEmpty(request.Password))
        {
            errors["password"] = ["Укажите пароль."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Запрос заполнен неверно");
        }

        var result = await signIn.CheckAsync(request.Login!, request.Password!, "api", context);
        return result.Outcome switch
        {
            AccountSignIn.Outcome.Succeeded => TypedResults.Ok(await Token(issuer, result)),
            AccountSignIn.Outcome.LockedOut or AccountSignIn.Outcome.RateLimited =>
                TypedResults.Problem(title: result.Message, statusCode: StatusCodes.Status429TooManyRequests),
            AccountSignIn.Outcome.Blocked => TypedResults.Problem(title: result.Message, statusCode: StatusCodes.Status401Unauthorized),
            _ => TypedResults.Problem(title: result.Message, statusCode: StatusCodes.Status401Unauthorized),
        };
    }

    private static async Task<TokenResponse> Token(SessionIssuer issuer, AccountSignIn.Result result)
    {
        var token = await issuer.IssueTokenAsync(result.User!);
        return new TokenResponse(token.AccessToken, "Bearer", token.ExpiresIn);
    }
}
