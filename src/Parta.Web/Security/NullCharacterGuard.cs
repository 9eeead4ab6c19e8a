namespace Parta.Web.Security;

/// <summary>
/// A NUL character has no place in any value a page or the API takes, and PostgreSQL refuses it in text outright, so a
/// query string or a form carrying one is answered 400 before any handler can pass it to the database. (JSON bodies
/// are checked field by field by the use cases' rules, which refuse every control character with a message.)
/// </summary>
public sealed class NullCharacterGuard(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var hasNul = request.QueryString.HasValue && request.Query.Any(q => HasNul(q.Key) || q.Value.Any(HasNul));
        if (!hasNul && request.HasFormContentType && request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true)
        {
            var form = await request.ReadFormAsync(context.RequestAborted);
            hasNul = form.Any(f => HasNul(f.Key) || f.Value.Any(HasNul));
        }

        if (hasNul)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        await next(context);
    }

    private static bool HasNul(string? value) => value?.Contains('\0', StringComparison.Ordinal) == true;
}
