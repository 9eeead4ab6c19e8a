using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Parta.Access;
using Parta.Data;

namespace Parta.Web.Security;

/// <summary>Makes the principal of a signed-in user and issues it as a session cookie or an API bearer token.</summary>
public sealed class SessionIssuer(PartaDbContext db, IOptionsMonitor<BearerTokenOptions> bearerOptions, TimeProvider time)
{
    public sealed record IssuedToken(string AccessToken, int ExpiresIn);

    public async Task SignInAsync(HttpContext context, User user, Guid? schoolId = null)
    {
        schoolId ??= await DefaultSchoolAsync(user.Id, onlyWhenSingle: true);

        // A sign-in always starts a new session: the previous one (if any) is ended first.
        await context.SignOutAsync(IdentityConstants.ApplicationScheme);
        var principal = Principal(user, schoolId, IdentityConstants.ApplicationScheme);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(ServerSessions.SessionClaim, (await ServerSessions.StartAsync(db, user.Id, time)).ToString()));
        await context.SignInAsync(IdentityConstants.ApplicationScheme, principal, new AuthenticationProperties { IsPersistent = false });
    }

    public async Task<IssuedToken> IssueTokenAsync(User user)
    {
        var schoolId = await DefaultSchoolAsync(user.Id, onlyWhenSingle: false);
        var options = bearerOptions.Get(IdentityConstants.BearerScheme);
        var expiresIn = options.BearerTokenExpiration;
        var properties = new AuthenticationProperties { ExpiresUtc = time.GetUtcNow() + expiresIn };
        var principal = Principal(user, schoolId, IdentityConstants.BearerScheme);
        var session = await ServerSessions.StartAsync(db, user.Id, time, expiresIn);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(ServerSessions.SessionClaim, session.ToString()));
        var ticket = new AuthenticationTicket(principal, properties, IdentityConstants.BearerScheme);
        return new IssuedToken(options.BearerTokenProtector.Protect(ticket), (int)expiresIn.TotalSeconds);
    }

    public static ClaimsPrincipal Principal(User user, Guid? schoolId, string scheme)
    {
        var identity = new ClaimsIdentity(scheme, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()));
        identity.AddClaim(new Claim(ClaimTypes.Name, user.UserName ?? ""));
        if (schoolId is { } id)
        {
            identity.AddClaim(new Claim(ClaimNames.School, id.ToString()));
        }

        return new ClaimsPrincipal(identity);
    }

    private async Task<Guid?> DefaultSchoolAsync(Guid userId, bool onlyWhenSingle)
    {
        var schools = await db.SchoolMemberships.IgnoreQueryFilters().AsNoTracking()
            .Where(m => m.UserId == userId)
            .Select(m => new { m.SchoolId, m.School!.ShortName })
            .Distinct()
            .ToListAsync();
        if (schools.Count == 0 || (onlyWhenSingle && schools.Count > 1))
        {
            return null;
        }

        return schools.OrderBy(s => s.ShortName, RussianCulture.Collation).First().SchoolId;
    }
}
