using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Parta.Access;
using Parta.Web.Security;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.Access;

/// <summary>
/// Every page handler beyond a page's plain GET (each <c>OnPost…</c>, each named <c>OnGet…</c>) against every role: it
/// must have a declared permission (<see cref="PagePermissions"/>), a row here, and answer each role as the row
/// decides. POSTs carry a valid anti-forgery token, so a refusal is the permission's, not the token's.
/// </summary>
public sealed partial class AuthorizationMatrixTests
{
    /// <summary>Staff-management handlers: the coordinator and, where said, the director; nobody else.</summary>
    private static Row Staff(string url, E coordinator, E director) => new(url, E.S, E.F, coordinator, director, E.F, E.F, E.F);

    private static Row AdminOnly(string url) => new(url, E.S, E.A, E.F, E.F, E.F, E.F, E.F);

    // A (allowed) or N (allowed, but the empty form names nothing that exists in the new school) for those who may.

    private const string Someone = "00000000-0000-0000-0000-000000000001";

    /// <summary>Handlers that end the client's session or move it to another school: run with a fresh client each.</summary>
    private static readonly HashSet<string> Disruptive = new(StringComparer.Ordinal)
    {
        "POST /Account/Logout", "POST /Account/SelectSchool", "POST /Admin/Schools/Index?handler=Enter",
    };

    /// <summary>Every handler's row: the foundation's here, a module's own in its partial file.</summary>
    private static Dictionary<string, Row> HandlerRows =>
        new[] { FoundationHandlerRows, SchedulingHandlerRows, SchedulingChangesHandlerRows, SchedulingViewsHandlerRows, PlanningHandlerRows, JournalSettingsHandlerRows, JournalGridHandlerRows, GradingHandlerRows, ReportsHandlerRows, ReportsSchoolHandlerRows, ReportDocumentsHandlerRows, DiaryHandlerRows, NotificationsHandlerRows }
            .SelectMany(d => d)
            .ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);

    private static readonly Dictionary<string, Row> FoundationHandlerRows = new(StringComparer.Ordinal)
    {
        ["POST /Account/Login"] = All("/Account/Login", E.A),
        ["POST /Account/Setup"] = All("/Account/Setup?token=wrong", E.N),
        ["POST /Account/Logout"] = All("/Account/Logout", E.S), // signed out, everyone lands on the sign-in page
        ["POST /Account/ChangePassword"] = SignedIn("/Account/ChangePassword"),
        ["POST /Account/SelectSchool"] = new("/Account/SelectSchool", E.S, E.N, E.N, E.N, E.N, E.N, E.N), // no school chosen: none of theirs
        ["POST /Account/Index?handler=Join"] = SignedIn("/Account?handler=Join"),
        ["POST /Errors/Index"] = All("/Error/404", E.A),

        ["POST /Admin/Schools/Index?handler=Enter"] = new("/Admin/Schools?handler=Enter", E.S, E.N, E.F, E.F, E.F, E.F, E.F),
        ["POST /Admin/Schools/Edit"] = AdminOnly("/Admin/Schools/Edit"),
        ["POST /Admin/Schools/Coordinator"] = AdminOnly("/Admin/Schools/Coordinator?id={school}"),

        ["GET /Importing/Index?handler=Template"] = Staff("/Importing?handler=Template&kind=classes", E.A, E.F),
        ["GET /Importing/Index?handler=Export"] = Staff("/Importing?handler=Export&kind=subjects", E.A, E.F),
        ["POST /People/Students/Card?handler=Restrict"] = Staff($"/People/Students/Card?id={Someone}&handler=Restrict", E.N, E.F),
        ["POST /Importing/Index?handler=Preview"] = Staff("/Importing?handler=Preview", E.A, E.F),
        ["POST /Importing/Index?handler=Apply"] = Staff("/Importing?handler=Apply", E.A, E.F),

        ["GET /Movement/Index?handler=Xlsx"] = Staff("/Movement?handler=Xlsx", E.A, E.A),
        ["GET /Movement/ClassList?handler=Xlsx"] = Staff("/Movement/ClassList?handler=Xlsx", E.N, E.N),
        ["GET /Movement/Report?handler=Xlsx"] = Staff("/Movement/Report?handler=Xlsx", E.A, E.A),
        ["GET /Movement/Alphabetical?handler=Xlsx"] = Staff("/Movement/Alphabetical?handler=Xlsx", E.A, E.A),
        ["POST /Movement/Record"] = Staff("/Movement/Record", E.A, E.A),
        ["GET /Movement/Record?handler=Students"] = Staff("/Movement/Record?handler=Students&q=%D0%B0%D0%BD", E.A, E.A),
        ["POST /Movement/Promotion?handler=Preview"] = Staff("/Movement/Promotion?handler=Preview", E.A, E.A),
        ["POST /Movement/Promotion?handler=Apply"] = Staff("/Movement/Promotion?handler=Apply", E.A, E.A),
        ["POST /Movement/Correct"] = Staff($"/Movement/Correct?id={Someone}", E.N, E.N),
        ["POST /Movement/Cancel"] = Staff($"/Movement/Cancel?id={Someone}", E.N, E.N),

        ["POST /Organisation/Years/Edit"] = Staff("/Organisation/Years/Edit", E.A, E.F),
        ["POST /Organisation/Years/Details?handler=Generate"] = Staff($"/Organisation/Years/Details?id={Someone}&handler=Generate", E.N, E.F),
        ["POST /Organisation/Years/Details?handler=Grades"] = Staff($"/Organisation/Years/Details?id={Someone}&handler=Grades", E.N, E.F),
        ["POST /Organisation/Years/Scheme"] = Staff($"/Organisation/Years/Scheme?yearId={Someone}", E.N, E.F),
        ["POST /Organisation/Years/Calendar"] = Staff($"/Organisation/Years/Calendar?yearId={Someone}", E.N, E.F),
        ["POST /Organisation/Years/Calendar?handler=Remove"] = Staff($"/Organisation/Years/Calendar?yearId={Someone}&handler=Remove", E.N, E.F),
        ["POST /Organisation/Classes/Edit"] = Staff("/Organisation/Classes/Edit", E.N, E.F),
        ["POST /Organisation/Classes/Edit?handler=Delete"] = Staff($"/Organisation/Classes/Edit?id={Someone}&handler=Delete", E.N, E.F),
        ["POST /Organisation/Groups/Edit"] = Staff("/Organisation/Groups/Edit", E.N, E.F),
        ["POST /Organisation/Groups/Edit?handler=Delete"] = Staff($"/Organisation/Groups/Edit?id={Someone}&handler=Delete", E.N, E.F),
        ["POST /Organisation/Subjects/Index?handler=Standard"] = Staff("/Organisation/Subjects?handler=Standard", E.A, E.F),
        ["POST /Organisation/Subjects/Edit"] = Staff("/Organisation/Subjects/Edit", E.A, E.F),
        ["POST /Organisation/Subjects/Edit?handler=Delete"] = Staff($"/Organisation/Subjects/Edit?id={Someone}&handler=Delete", E.N, E.F),
        ["POST /Organisation/Curriculum"] = Staff("/Organisation/Curriculum", E.N, E.F),
        ["POST /Organisation/Assignments/Edit"] = Staff("/Organisation/Assignments/Edit", E.N, E.F),
        ["POST /Organisation/Assignments/Index?handler=Remove"] = Staff($"/Organisation/Assignments?handler=Remove&id={Someone}", E.N, E.F),

        ["POST /People/Students/Edit"] = Staff("/People/Students/Edit", E.A, E.F),
        ["POST /People/Staff/Edit"] = Staff("/People/Staff/Edit", E.A, E.F),
        ["POST /People/Guardians/Edit"] = Staff($"/People/Guardians/Edit?studentId={Someone}", E.A, E.F),
        ["POST /Access/Rights"] = Staff("/Access/Rights", E.A, E.F),
        ["POST /Access/Roles"] = Staff("/Access/Roles", E.N, E.F),
        ["POST /Access/Accounts?handler=Create"] = Staff("/Access/Accounts?handler=Create", E.A, E.F),
        ["POST /Access/Accounts?handler=Reset"] = Staff("/Access/Accounts?handler=Reset", E.A, E.F),
        ["POST /Access/Accounts?handler=ResetParents"] = Staff("/Access/Accounts?handler=ResetParents", E.A, E.F),
        ["POST /Access/Accounts?handler=JoinCode"] = Staff($"/Access/Accounts?handler=JoinCode&kind=Guardian&personId={Someone}", E.N, E.F),
        ["POST /Access/Accounts?handler=Block"] = Staff($"/Access/Accounts?handler=Block&userId={Someone}", E.N, E.F),
        ["POST /Access/Accounts?handler=Unblock"] = Staff($"/Access/Accounts?handler=Unblock&userId={Someone}", E.N, E.F),
    };

    /// <summary>The foundation's handler rows and each module's (in its own partial file).</summary>
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task EveryPageHandler_HasADeclaredPermissionAndARow(Db db)
    {
        var app = await apps.GetAsync(db);
        var declarations = app.Services.GetRequiredService<PagePermissions>();

        var handlers = await PageHandlersAsync(app);

        var undeclared = handlers.Where(h => declarations.Required(h.Page, h.Verb, h.Name) is null).Select(Key).ToList();
        Assert.True(undeclared.Count == 0, "Page handlers without a declared permission: " + string.Join(", ", undeclared));
        var withoutRow = handlers.Where(h => !IsPlainGet(h) && !HandlerRows.ContainsKey(Key(h))).Select(Key).ToList();
        Assert.True(withoutRow.Count == 0, "Page handlers without a row in the matrix: " + string.Join(", ", withoutRow));
        var stale = HandlerRows.Keys.Where(k => handlers.All(h => Key(h) != k)).ToList();
        Assert.True(stale.Count == 0, "Matrix rows for handlers that no longer exist: " + string.Join(", ", stale));
        var undeclaredPages = declarations.Pages.Keys.Where(p => handlers.All(h => !string.Equals(h.Page, p, StringComparison.OrdinalIgnoreCase))).ToList();
        Assert.True(undeclaredPages.Count == 0, "Declarations for pages that do not exist: " + string.Join(", ", undeclaredPages));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task EveryPageHandler_EveryRole_GetsTheDecidedOutcome(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var users = new Dictionary<Who, TestUser?> { [Who.Anonymous] = null, [Who.Admin] = await app.CreateUserAsync(null, null, systemAdministrator: true) };
        foreach (var (who, role) in new[]
                 {
                     (Who.Coordinator, SchoolRole.Coordinator), (Who.Director, SchoolRole.Director), (Who.Teacher, SchoolRole.Teacher),
                     (Who.Parent, SchoolRole.Parent), (Who.Student, SchoolRole.Student),
                 })
        {
            users[who] = await app.CreateUserAsync(school, role);
        }

        var clients = new Dictionary<Who, (HttpClient Client, string Token)>();
        foreach (var (who, user) in users)
        {
            clients[who] = await ClientWithTokenAsync(app, user);
        }

        var failures = new StringBuilder();
        foreach (var (key, row) in HandlerRows)
        {
            var url = row.Url.Replace("{school}", school.Id.ToString(), StringComparison.Ordinal);
            foreach (var (who, user) in users)
            {
                var (client, token) = Disruptive.Contains(key) ? await ClientWithTokenAsync(app, user) : clients[who];
                using var response = key.StartsWith("GET ", StringComparison.Ordinal)
                    ? await client.GetAsync(url)
                    : await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
                var actual = Classify(response, isApi: false);
                if (actual != row.For(who))
                {
                    failures.AppendLine(CultureInfo.InvariantCulture, $"{key} as {who}: expected {row.For(who)}, got {actual} ({(int)response.StatusCode} {response.Headers.Location})");
                }
            }
        }

        Assert.True(failures.Length == 0, failures.ToString());
    }

    /// <summary>A client signed in as the user (anonymous for null) and an anti-forgery token that client's forms carry.</summary>
    private static async Task<(HttpClient Client, string Token)> ClientWithTokenAsync(PartaAppFactory app, TestUser? user)
    {
        var client = user is null ? app.NewClient() : await app.SignedInClientAsync(user);
        var page = await client.GetDocumentAsync(user is null ? "/Account/Login" : "/Account");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException("No anti-forgery token on the account page");
        return (client, token);
    }

    private sealed record Handler(string Page, string Verb, string? Name);

    private static bool IsPlainGet(Handler h) => h.Verb == "GET" && string.IsNullOrEmpty(h.Name);

    private static string Key(Handler h) => $"{h.Verb} {h.Page}{(string.IsNullOrEmpty(h.Name) ? "" : "?handler=" + h.Name)}";

    /// <summary>Every handler of every page, as Razor Pages itself sees them (the compiled page's handler methods).</summary>
    private static async Task<List<Handler>> PageHandlersAsync(PartaAppFactory app)
    {
        var loader = app.Services.GetRequiredService<PageLoader>();
        var result = new List<Handler>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } page || !seen.Add(page.ViewEnginePath))
            {
                continue;
            }

            var compiled = await loader.LoadAsync(page, endpoint.Metadata);
            result.AddRange(compiled.HandlerMethods.Select(m => new Handler(page.ViewEnginePath, m.HttpMethod.ToUpperInvariant(), m.Name)));
            if (compiled.HandlerMethods.All(m => m.HttpMethod != "GET"))
            {
                // A page without OnGet still answers GET: its declaration covers that.
                result.Add(new Handler(page.ViewEnginePath, "GET", null));
            }
        }

        return result;
    }
}

/// <summary>Every API route says who may call it where it is mapped: a permission, any signed-in user, or anyone.</summary>
public sealed class ApiDeclarationTests(TestApps apps)
{
    [Fact]
    public async Task EveryApiRoute_DeclaresWhoMayCallIt()
    {
        var app = await apps.GetAsync(Db.Sqlite);

        var undeclared = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1", StringComparison.Ordinal) == true)
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAllowAnonymous>() is null
                        && e.Metadata.GetOrderedMetadata<Microsoft.AspNetCore.Authorization.IAuthorizeData>().Count == 0)
            .Select(e => e.RoutePattern.RawText)
            .ToList();

        Assert.True(undeclared.Count == 0, "API routes without a declaration: " + string.Join(", ", undeclared));
    }
}
