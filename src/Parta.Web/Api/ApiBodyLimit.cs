using Microsoft.AspNetCore.Http.Features;

namespace Parta.Web.Api;

/// <summary>
/// The API reads JSON bodies of a few kilobytes; a body over <see cref="MaxBytes"/> is refused with 413 before anything
/// reads it (by its declared length, and by the server's own limit for a body sent in chunks), so a client cannot make
/// the server parse megabytes of JSON. Uploads go through pages with their own limits.
/// </summary>
public sealed class ApiBodyLimit(RequestDelegate next)
{
    public const long MaxBytes = 1024 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            if (context.Request.ContentLength > MaxBytes)
            {
                await Results.Problem(title: "Запрос слишком велик: тело запроса API — не больше 1 МБ.", statusCode: StatusCodes.Status413PayloadTooLarge)
                    .ExecuteAsync(context);
                return;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            {
                limit.MaxRequestBodySize = MaxBytes;
            }
        }

        await next(context);
    }
}
