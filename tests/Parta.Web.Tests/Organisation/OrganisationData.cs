using AngleSharp.Html.Dom;
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

/// <summary>
/// A form as a browser holds it between opening the page and pressing its button: every field with the value the page
/// gave it (hidden ones too: the anti-forgery token, the record's <c>Version</c>), so a test can let someone else save in
/// between and then submit what this user saw, changed where the user typed. A field repeated (a list of checkboxes)
/// keeps its last value.
/// </summary>
internal sealed class OpenedForm(HttpClient client, string action, Dictionary<string, string> fields)
{
    public IReadOnlyDictionary<string, string> Fields => fields;

    public Task<HttpResponseMessage> SubmitAsync(IDictionary<string, string>? typed = null)
    {
        var values = new Dictionary<string, string>(fields);
        foreach (var (name, value) in typed ?? new Dictionary<string, string>())
        {
            values[name] = value;
        }

        return client.PostAsync(action, new FormUrlEncodedContent(values));
    }
}

internal static class FormOpening
{
    /// <summary>Opens the page and takes its form's fields as the page filled them.</summary>
    public static async Task<OpenedForm> OpenFormAsync(this HttpClient client, string pageUrl, string formSelector = "main form")
    {
        var page = await client.GetDocumentAsync(pageUrl);
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {pageUrl}");
        var fields = new Dictionary<string, string>();
        foreach (var element in form.QuerySelectorAll("input[name], select[name], textarea[name]"))
        {
            var name = element.GetAttribute("name")!;
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } box when !box.IsChecked:
                    continue;
                case IHtmlSelectElement select:
                    fields[name] = select.Value ?? "";
                    break;
                case IHtmlTextAreaElement area:
                    fields[name] = area.Value;
                    break;
                default:
                    fields[name] = element.GetAttribute("value") ?? "";
                    break;
            }
        }

        var action = form.GetAttribute("action");
        return new OpenedForm(client, string.IsNullOrEmpty(action) ? pageUrl : action, fields);
    }
}
