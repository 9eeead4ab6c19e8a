using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Parta.Access;

namespace Parta.Web.Security;

public static class AuthSchemes
{
    /// <summary>
    /// Bearer tokens for the API (<c>/api/…</c>), the session cookie for the pages. The API never takes the cookie: its
    /// writes have no anti-forgery token, so a cookie-authenticated API would be open to cross-site requests.
    /// </summary>
    public const string Smart = "Parta";
}

public static class ClaimNames
{
    public const string School = "parta:school";
}

/// <summary>Policies are named after a permission: <c>perm:journal.edit.own</c>.</summary>
public static class Policies
{
    private const string Prefix = "perm:";

    public static string Permission(string code) => Prefix + code;

    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, string code)
        where TBuilder : IEndpointConventionBuilder => builder.RequireAuthorization(Permission(code));

    /// <summary>Any signed-in user: what the route answers is bounded by its resource rules (own account, own child).</summary>
    public static TBuilder RequireSignedIn<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.RequireAuthorization();

    internal static bool TryParse(string policyName, out string code)
    {
        code = policyName.StartsWith(Prefix, StringComparison.Ordinal) ? policyName[Prefix.Length..] : "";
        return code.Length > 0;
    }
}

public sealed record PermissionRequirement(string Code) : IAuthorizationRequirement;

internal sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (Policies.TryParse(policyName, out var code))
        {
            if (!Permissions.IsKnown(code))
            {
                throw new InvalidOperationException($"Unknown permission '{code}' in a policy.");
            }

            return new AuthorizationPolicyBuilder(AuthSchemes.Smart)
                .RequireAuthenticatedUser()
                .AddRequirements(new PermissionRequirement(code))
                .Build();
        }

        return await base.GetPolicyAsync(policyName);
    }
}

/// <summary>Grants a permission requirement from the user's effective permissions in the current school.</summary>
internal sealed class PermissionHandler(PermissionResolver resolver) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        var permissions = await resolver.GetAsync();
        if (permissions.Has(requirement.Code))
        {
            context.Succeed(requirement);
        }
    }
}
