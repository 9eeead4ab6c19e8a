using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Parta.Access;

namespace Parta.Web.Security;

/// <summary>Who may use a page handler besides a permission: anyone, or anyone signed in.</summary>
public static class PageAccess
{
    /// <summary>No sign-in needed (the sign-in page itself, error pages).</summary>
    public const string Anyone = "anyone";

    /// <summary>Any signed-in user: what the handler shows or does is bounded by its resource rules (own account, own child).</summary>
    public const string SignedIn = "signed-in";
}

/// <summary>
/// The permission every page handler needs, declared by each module where it registers its pages
/// (<c>&lt;Module&gt;Module.DeclarePages</c>): a page's <c>read</c> permission covers its GET handlers, its <c>write</c>
/// permission every POST handler, and <see cref="PageRule.Handler"/> names the handlers that need something else.
/// <see cref="PermissionPageFilter"/> enforces it before any handler runs; a handler with no declaration is refused
/// (403), and the authorization matrix test fails on it. Handlers never check a permission themselves.
/// </summary>
public sealed class PagePermissions
{
    private readonly Dictionary<string, PageRule> _pages = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyDictionary<string, PageRule> Pages => _pages;

    /// <param name="path">The page as Razor Pages names it: <c>/Organisation/Subjects/Edit</c>.</param>
    /// <param name="read">What its GET handlers need: a permission code, <see cref="PageAccess.SignedIn"/> or <see cref="PageAccess.Anyone"/>.</param>
    /// <param name="write">What its POST handlers need, unless a handler is declared on its own; none: a POST needs its own declaration.</param>
    public PageRule Page(string path, string read, string? write = null)
    {
        Check(read);
        if (write is not null)
        {
            Check(write);
        }

        var rule = new PageRule(path, read, write);
        if (!_pages.TryAdd(path, rule))
        {
            throw new InvalidOperationException($"The page {path} is declared twice.");
        }

        return rule;
    }

    /// <summary>What the handler (<paramref name="verb"/> GET or POST, <paramref name="handler"/> its name or null) needs; null when undeclared.</summary>
    public string? Required(string pagePath, string verb, string? handler)
    {
        if (!_pages.TryGetValue(pagePath, out var rule))
        {
            return null;
        }

        if (handler is { Length: > 0 } && rule.Handlers.TryGetValue($"{verb.ToUpperInvariant()} {handler}", out var named))
        {
            return named;
        }

        return verb.Equals("GET", StringComparison.OrdinalIgnoreCase) || verb.Equals("HEAD", StringComparison.OrdinalIgnoreCase)
            ? rule.Read
            : rule.Write;
    }

    /// <summary>Turns the declarations into Razor Pages conventions: anonymous pages allowed, the rest behind their read permission.</summary>
    public void Apply(PageConventionCollection conventions)
    {
        foreach (var rule in _pages.Values)
        {
            switch (rule.Read)
            {
                case PageAccess.Anyone:
                    conventions.AllowAnonymousToPage(rule.Path);
                    break;
                case PageAccess.SignedIn:
                    // The fallback policy demands a signed-in user everywhere.
                    break;
                default:
                    conventions.AuthorizePage(rule.Path, Policies.Permission(rule.Read));
                    break;
            }
        }
    }

    internal static void Check(string code)
    {
        if (code is not (PageAccess.Anyone or PageAccess.SignedIn) && !Permissions.IsKnown(code))
        {
            throw new InvalidOperationException($"Unknown permission '{code}' in a page declaration.");
        }
    }
}

/// <summary>One page's declaration: its read and write permissions and its handlers that differ.</summary>
public sealed class PageRule(string path, string read, string? write)
{
    private readonly Dictionary<string, string> _handlers = new(StringComparer.OrdinalIgnoreCase);

    public string Path { get; } = path;
    public string Read { get; } = read;
    public string? Write { get; } = write;
    public IReadOnlyDictionary<string, string> Handlers => _handlers;

    /// <summary>A named handler that needs another permission: <c>.Handler("POST", "Delete", Permissions.SchoolEdit)</c>.</summary>
    public PageRule Handler(string verb, string name, string permission)
    {
        PagePermissions.Check(permission);
        _handlers[$"{verb.ToUpperInvariant()} {name}"] = permission;
        return this;
    }

    public PageRule Post(string name, string permission) => Handler("POST", name, permission);

    public PageRule Get(string name, string permission) => Handler("GET", name, permission);
}

/// <summary>Refuses a page handler whose declared permission the user lacks, or which has no declaration, before it runs.</summary>
internal sealed class PermissionPageFilter(PagePermissions declarations, PermissionResolver resolver, ILogger<PermissionPageFilter> log) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var page = context.ActionDescriptor.ViewEnginePath;
        var verb = context.HttpContext.Request.Method;
        var required = declarations.Required(page, verb, context.HandlerMethod?.Name);
        if (required is null)
        {
            log.LogError("Page {Page} handler {Verb} {Handler} has no declared permission: refused", page, verb, context.HandlerMethod?.Name);
            context.Result = new Microsoft.AspNetCore.Mvc.ForbidResult();
            return;
        }

        if (required != PageAccess.Anyone)
        {
            if (context.HttpContext.User.Identity?.IsAuthenticated != true)
            {
                context.Result = new Microsoft.AspNetCore.Mvc.ChallengeResult();
                return;
            }

            if (required != PageAccess.SignedIn && !(await resolver.GetAsync(context.HttpContext.RequestAborted)).Has(required))
            {
                context.Result = new Microsoft.AspNetCore.Mvc.ForbidResult();
                return;
            }
        }

        await next();
    }
}
