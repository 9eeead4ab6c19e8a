using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Parta.Access;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.Access;

/// <summary>A user of school A never receives a row of school B, through any page or API that can be read.</summary>
public sealed class TenantIsolationTests(TestApps apps)
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task EveryReadableRoute_UserOfSchoolA_NeverSeesSchoolB(Db db)
    {
        var app = await apps.GetAsync(db);
        var schoolA = await app.CreateSchoolAsync();
        var schoolB = await app.CreateSchoolAsync("Чужая школа " + Guid.NewGuid().ToString("N")[..6]);
        var parentB = await app.CreateUserAsync(schoolB, SchoolRole.Parent, lastName: "Посторонняя");
        var (classB, studentB) = await app.CreateStudentAsync(schoolB, "Чужеземцев", parent: parentB);
        var coordinatorB = await app.CreateUserAsync(schoolB, SchoolRole.Coordinator, lastName: "Чужаков");
        await app.WithDbAsync(schoolB.Id, async d =>
        {
            // Audit rows in school B, to be sure the history of A never shows them.
            var s = await d.Students.FindAsync(studentB);
            s!.FirstName = "Изменённая";
            await d.SaveChangesAsync();
        });

        var parentA = await app.CreateUserAsync(schoolA, SchoolRole.Parent);
        var studentAccountA = await app.CreateUserAsync(schoolA, SchoolRole.Student);
        await app.CreateStudentAsync(schoolA, "Своя", parent: parentA, studentAccount: studentAccountA);
        var usersOfA = new List<TestUser>
        {
            await app.CreateUserAsync(schoolA, SchoolRole.Coordinator),
            await app.CreateUserAsync(schoolA, SchoolRole.Director),
            await app.CreateUserAsync(schoolA, SchoolRole.Teacher),
            parentA,
            studentAccountA,
        };

        string[] markersOfB =
        [
            schoolB.Name, schoolB.ShortName, schoolB.Id.ToString(), studentB.ToString(), classB.ToString(), "Чужеземцев",
            "Чужаков", "Посторонняя", coordinatorB.Login, parentB.Login,
        ];
        var urls = ReadableUrls(app)
            .SelectMany(u => new[]
            {
                u, $"{u}?id={schoolB.Id}", $"{u}?entityType=Student&entityId={studentB}", $"{u}?schoolId={schoolB.Id}",
            })
            .ToList();

        foreach (var user in usersOfA)
        {
            using var pages = await app.SignedInClientAsync(user);
            using var api = app.ApiClient(await app.TokenAsync(user.Login, user.Password));
            foreach (var url in urls)
            {
                var client = url.StartsWith("/api/v1", StringComparison.Ordinal) ? api : pages;
                using var response = await client.GetAsync(url);
                var body = await response.Content.ReadAsStringAsync();
                Assert.True((int)response.StatusCode < 500, $"{user.Login} ({url}): server error {(int)response.StatusCode}");
                foreach (var marker in markersOfB)
                {
                    Assert.False(body.Contains(marker, StringComparison.OrdinalIgnoreCase),
                        $"{user.Login} ({url}) received '{marker}' of another school");
                }
            }

            var me = await api.GetFromJsonAsync<JsonElement>("/api/v1/me");
            Assert.All(me.GetProperty("schools").EnumerateArray(), s => Assert.Equal(schoolA.Id, s.GetProperty("id").GetGuid()));
        }
    }

    /// <summary>The GET routes without route parameters (those with parameters get ids of B in the query).</summary>
    private static IEnumerable<string> ReadableUrls(PartaAppFactory app) =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods is not { } m || m.Contains("GET"))
            .Select(e => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'))
            .Where(u => !u.Contains('{', StringComparison.Ordinal) && !u.StartsWith("/api/reference", StringComparison.Ordinal)
                && !u.Contains("Logout", StringComparison.Ordinal))
            .Distinct();
}
