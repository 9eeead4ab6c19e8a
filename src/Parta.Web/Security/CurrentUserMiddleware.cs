using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Parta.Data;

namespace Parta.Web.Security;

/// <summary>
/// After authentication: checks the server session and loads the account in one query, refuses an ended session and a
/// blocked or removed account, fills <see cref="CurrentUser"/>
/// (which the tenancy filter and the audit use), and sends the user to change a one-time password or to choose
/// a school before anything else.
/// </summary>
public sealed class CurrentUserMiddleware(RequestDelegate next)
{
    private static readonly PathString[] AlwaysAllowed =
        ["/Account/ChangePassword", "/Account/Logout", "/Account/SelectSchool", "/Error", "/health"];

    public async Task InvokeAsync(HttpContext context, SignedInUser signedIn, CurrentUser currentUser)
    {
        var principal = context.User;
        if (principal.Identity?.IsAuthenticated != true
            || !Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            await next(context);
            return;
        }

        var isApi = context.Request.Path.StartsWithSegments("/api");
        Guid? requestedSchool = Guid.TryParse(principal.FindFirstValue(ClaimNames.School), out var s) ? s : null;

        // An address that names a school (/api/v1/schools/{schoolId}/…) acts in that school when the user belongs to it;
        // otherwise the school stays the signed-in one and the endpoint answers 404.
        if (Guid.TryParse(context.GetRouteValue("schoolId")?.ToString(), out var routeSchool))
        {
            requestedSchool = routeSchool;
        }

        // One query checks the session (of the cookie or the bearer token: a sign-out, a password change, a reset or a
        // block ends it) and loads the account with its roles.
        if (ServerSessions.SessionId(principal) is not { } session
            || !await signedIn.LoadAsync(userId, session, requestedSchool, context.RequestAborted))
        {
            if (isApi)
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return;
            }

            await context.SignOutAsync(IdentityConstants.ApplicationScheme);
            context.Response.Redirect("/Account/Login");
            return;
        }

        // The roles came with the session check: the permissions of the request need no second read of them.
        currentUser.Set(userId, signedIn.Login, signedIn.CurrentSchool?.SchoolId, signedIn.IsSystemAdministrator, signedIn.CurrentSchool?.Roles);
        context.Response.OnStarting(() =>
        {
            // Pages and answers for a signed-in user carry personal data: never kept by a browser or proxy. An answer that
            // revalidates by its ETag (the diary's) says "private, no-cache" itself: kept by the client only, never by a proxy.
            if (!context.Response.Headers.CacheControl.ToString().StartsWith("private", StringComparison.Ordinal))
            {
                context.Response.Headers.CacheControl = "no-store";
                context.Response.Headers.Pragma = "no-cache";
            }
            return Task.CompletedTask;
        });

        var allowed = AlwaysAllowed.Any(p => context.Request.Path.StartsWithSegments(p));
        if (!allowed && signedIn.MustChangePassword)
        {
            if (isApi)
            {
                await Results.Problem(
                    title: "Необходимо сменить одноразовый пароль: войдите на сайт и задайте свой пароль.",
                    statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(context);
                return;
            }

            context.Response.Redirect("/Account/ChangePassword?returnUrl=" + Uri.EscapeDataString(context.Request.Path + context.Request.QueryString));
            return;
        }

        if (!allowed && !isApi && signedIn.MustChooseSchool)
        {
            context.Response.Redirect("/Account/SelectSchool?returnUrl=" + Uri.EscapeDataString(context.Request.Path + context.Request.QueryString));
            return;
        }

        await next(context);
    }
}
