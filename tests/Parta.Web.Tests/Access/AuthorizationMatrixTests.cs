using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Parta.Access;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.Access;

/// <summary>
/// Every endpoint the application maps, against every role. A route missing from <see cref="Matrix"/> fails the
/// test: no page or endpoint is added without a decision about who may use it.
/// </summary>
public sealed partial class AuthorizationMatrixTests(TestApps apps)
{
    /// <summary>A: allowed; F: 403; N: 404; S: sent to sign in (a redirect for pages, 401 for the API); X: a server error, never expected.</summary>
    private enum E
    {
        A,
        F,
        N,
        S,
        X,
    }

    public enum Who
    {
        Anonymous,
        Admin,
        Coordinator,
        Director,
        Teacher,
        Parent,
        Student,
    }

    private sealed record Row(string Url, E Anonymous, E Admin, E Coordinator, E Director, E Teacher, E Parent, E Student)
    {
        public E For(Who who) => who switch
        {
            Who.Anonymous => Anonymous,
            Who.Admin => Admin,
            Who.Coordinator => Coordinator,
            Who.Director => Director,
            Who.Teacher => Teacher,
            Who.Parent => Parent,
            _ => Student,
        };
    }

    private static Row All(string url, E e) => new(url, e, e, e, e, e, e, e);

    private static Row SignedIn(string url) => new(url, E.S, E.A, E.A, E.A, E.A, E.A, E.A);

    /// <summary>Every route's row: the foundation's here, each module's in its own partial file (<c>AuthorizationMatrixTests.Module.cs</c>).</summary>
    private static Dictionary<string, Row> Matrix =>
        new[] { Foundation, OrganisationRows, PeopleRows, ImportingRows, MovementRows, SchedulingRows, SchedulingChangesRows, SchedulingViewsRows, PlanningRows, JournalSettingsRows, JournalApiRows, JournalGridRows, GradingRows, ReportsRows, ReportsSchoolRows, ReportDocumentsRows, DiaryRows, NotificationsRows }
            .SelectMany(d => d)
            .ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);

    // {school} is replaced by the school of the user asking.
    private static readonly Dictionary<string, Row> Foundation = new()
    {
        ["/health"] = All("/health", E.A),
        ["/health/ready"] = All("/health/ready", E.A),
        ["/openapi/{documentName}.json"] = All("/openapi/v1.json", E.A),
        ["/api/reference/{documentName?}"] = All("/api/reference", E.A),
        ["/api/reference/scalar.js"] = All("/api/reference/scalar.js", E.A),
        ["/api/reference/scalar.aspnetcore.js"] = All("/api/reference/scalar.aspnetcore.js", E.A),
        ["/api/reference/favicon.svg"] = All("/api/reference/favicon.svg", E.A),
        ["POST /api/v1/auth/token"] = All("/api/v1/auth/token", E.A),
        ["/api/v1/me"] = SignedIn("/api/v1/me"),
        [""] = SignedIn("/"),
        ["Index"] = SignedIn("/Index"),
        ["Error/{code:int}"] = All("/Error/404", E.A),
        ["Account/Login"] = All("/Account/Login", E.A),
        ["Account/Logout"] = SignedIn("/Account/Logout"),
        ["Account/Setup"] = All("/Account/Setup?token=wrong", E.N),
        ["Account"] = SignedIn("/Account"),
        ["Account/Index"] = SignedIn("/Account/Index"),
        ["Account/ChangePassword"] = SignedIn("/Account/ChangePassword"),
        ["Account/SelectSchool"] = SignedIn("/Account/SelectSchool"),
        ["Admin/Schools"] = new("/Admin/Schools", E.S, E.A, E.F, E.F, E.F, E.F, E.F),
        ["Admin/Schools/Index"] = new("/Admin/Schools/Index", E.S, E.A, E.F, E.F, E.F, E.F, E.F),
        ["Admin/Schools/Edit"] = new("/Admin/Schools/Edit?id={school}", E.S, E.A, E.F, E.F, E.F, E.F, E.F),
        ["Admin/Schools/Coordinator"] = new("/Admin/Schools/Coordinator?id={school}", E.S, E.A, E.F, E.F, E.F, E.F, E.F),
        ["Admin/Schools/History"] = new("/Admin/Schools/History?id={school}", E.S, E.A, E.F, E.F, E.F, E.F, E.F),
        ["Auditing"] = new("/Auditing", E.S, E.F, E.A, E.A, E.F, E.F, E.F),
        ["Auditing/Index"] = new("/Auditing/Index", E.S, E.F, E.A, E.A, E.F, E.F, E.F),
    };

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task EveryEndpoint_EveryRole_GetsTheDecidedOutcome(Db db)
    {
        var app = await apps.GetAsync(db);
        var mapped = MappedRoutes(app);
        var undecided = mapped.Where(r => !Matrix.ContainsKey(r)).ToList();
        Assert.True(undecided.Count == 0, "Routes without a decision in the authorization matrix: " + string.Join(", ", undecided));
        var stale = Matrix.Keys.Where(k => !mapped.Contains(k)).ToList();
        Assert.True(stale.Count == 0, "Matrix rows for routes that no longer exist: " + string.Join(", ", stale));

        var school = await app.CreateSchoolAsync();
        var clients = new Dictionary<Who, HttpClient> { [Who.Anonymous] = app.NewClient() };
        clients[Who.Admin] = await SignedInWithTokenAsync(app, await app.CreateUserAsync(null, null, systemAdministrator: true));
        foreach (var (who, role) in new[]
                 {
                     (Who.Coordinator, SchoolRole.Coordinator), (Who.Director, SchoolRole.Director), (Who.Teacher, SchoolRole.Teacher),
                     (Who.Parent, SchoolRole.Parent), (Who.Student, SchoolRole.Student),
                 })
        {
            clients[who] = await SignedInWithTokenAsync(app, await app.CreateUserAsync(school, role));
        }

        var failures = new StringBuilder();
        foreach (var (route, row) in Matrix)
        {
            // A write route is called with its own method; a PUT with a body every PUT of the API reads (so that the
            // answer is the route's decision, not a refusal of an empty body).
            var method = route.Split(' ') is [var m and ("POST" or "PUT" or "DELETE"), _] ? m : "GET";
            var url = row.Url.Replace("{school}", school.Id.ToString(), StringComparison.Ordinal);
            foreach (var (who, client) in clients)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), url)
                {
                    Content = method switch
                    {
                        "POST" => new StringContent("{}", Encoding.UTF8, "application/json"),
                        "PUT" => new StringContent("""{"value":"5","code":"Н","topic":"Тема"}""", Encoding.UTF8, "application/json"),
                        _ => null,
                    },
                };
                using var response = await client.SendAsync(request);
                var actual = Classify(response, url.StartsWith("/api/v1", StringComparison.Ordinal));
                if (actual != row.For(who))
                {
                    failures.AppendLine(CultureInfo.InvariantCulture, $"{route} as {who}: expected {row.For(who)}, got {actual} ({(int)response.StatusCode} {response.Headers.Location})");
                }
            }
        }

        Assert.True(failures.Length == 0, failures.ToString());
    }

    /// <summary>A client with the session cookie (the pages take it) and a bearer token (the API takes only that).</summary>
    private static async Task<HttpClient> SignedInWithTokenAsync(PartaAppFactory app, TestUser user)
    {
        var client = await app.SignedInClientAsync(user);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await app.TokenAsync(user.Login, user.Password));
        return client;
    }

    private static E Classify(HttpResponseMessage response, bool isApi) => response.StatusCode switch
    {
        HttpStatusCode.Forbidden => E.F,
        HttpStatusCode.NotFound => E.N,
        HttpStatusCode.Unauthorized => isApi ? E.S : E.F,
        HttpStatusCode.Redirect when response.IsRedirectToSignIn() => E.S,
        >= HttpStatusCode.InternalServerError => E.X,
        _ => E.A,
    };

    private static HashSet<string> MappedRoutes(PartaAppFactory app) =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e =>
            {
                var methods = e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods;
                var raw = e.RoutePattern.RawText ?? "";
                return methods is { Count: 1 } && methods[0] != "GET" ? $"{methods[0]} {raw}" : raw;
            })
            .ToHashSet(StringComparer.Ordinal);
}
