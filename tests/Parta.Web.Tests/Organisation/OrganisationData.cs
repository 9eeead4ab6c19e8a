using Microsoft.EntityFrameworkCore;
using Parta.Organisation;
using Parta.People;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.Organisation;

/// <summary>Queries and form helpers of the Organisation tests (the builders are in <see cref="TestData"/>).</summary>
internal static class OrganisationData
{
    public static Task<T> QueryAsync<T>(this PartaAppFactory app, TestSchool school, Func<Parta.Data.PartaDbContext, Task<T>> query) =>
        app.WithDbAsync(school.Id, query);

    public static Task<List<string>> ErrorsAsync(HttpResponseMessage response) => ErrorsOfAsync(response);

    private static async Task<List<string>> ErrorsOfAsync(HttpResponseMessage response)
    {
        var page = await PageClient.ParseAsync(response);
        return page.QuerySelectorAll(".alert-danger li, .text-danger").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0).ToList();
    }

    public static Task<bool> AnyAsync<T>(this PartaAppFactory app, TestSchool school, Func<Parta.Data.PartaDbContext, IQueryable<T>> query) =>
        app.WithDbAsync(school.Id, db => query(db).AnyAsync());
}

/// <summary>Posting a form with repeated fields (checkbox lists), with the anti-forgery token of the page.</summary>
internal static class FormPosting
{
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string pageUrl, List<KeyValuePair<string, string>> fields)
    {
        var page = await client.GetDocumentAsync(pageUrl);
        var token = page.QuerySelector("main form input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No anti-forgery token on {pageUrl}");
        fields.Add(new("__RequestVerificationToken", token));
        return await client.PostAsync(pageUrl, new FormUrlEncodedContent(fields));
    }
}
