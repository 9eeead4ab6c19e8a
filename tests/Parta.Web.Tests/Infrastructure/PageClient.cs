using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Parta.Web.Tests.Infrastructure;

/// <summary>Drives the pages as a browser would: cookies, anti-forgery tokens from the form, no automatic redirects.</summary>
public static class PageClient
{
    public static HttpClient NewClient(this PartaAppFactory app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<IDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        return await ParseAsync(response);
    }

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(r => r.Content(html).Address(response.RequestMessage?.RequestUri?.ToString() ?? "http://localhost/"));
    }

    /// <summary>
    /// Opens the page, takes the anti-forgery token of its form, and posts the fields where the form posts
    /// (its <c>action</c>, else the page itself), as a browser would. <paramref name="action"/> stands for a submit
    /// button's own <c>formaction</c>; a form's address is never to be written into a test by hand, or a form that
    /// posts to the wrong place would pass.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitFormAsync(
        this HttpClient client, string pageUrl, IDictionary<string, string> fields, string? action = null, string formSelector = "main form")
    {
        var page = await client.GetDocumentAsync(pageUrl);
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {pageUrl}");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No anti-forgery token in the form of {pageUrl}");
        var values = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        var formAction = form.GetAttribute("action");
        return await client.PostAsync(action ?? (string.IsNullOrEmpty(formAction) ? pageUrl : formAction), new FormUrlEncodedContent(values));
    }

    public static Task<HttpResponseMessage> SignInAsync(this HttpClient client, string login, string password, string? returnUrl = null) =>
        client.SubmitFormAsync(
            "/Account/Login" + (returnUrl is null ? "" : "?ReturnUrl=" + Uri.EscapeDataString(returnUrl)),
            new Dictionary<string, string> { ["Login"] = login, ["Password"] = password, ["ReturnUrl"] = returnUrl ?? "" });

    public static async Task<HttpClient> SignedInClientAsync(this PartaAppFactory app, TestUser user)
    {
        var client = app.NewClient();
        var response = await client.SignInAsync(user.Login, user.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static async Task<string> TokenAsync(this PartaAppFactory app, string login, string password)
    {
        using var client = app.NewClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { login, password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return json.GetProperty("accessToken").GetString()!;
    }

    public static HttpClient ApiClient(this PartaAppFactory app, string token)
    {
        var client = app.NewClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static bool IsRedirectToSignIn(this HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect
        && response.Headers.Location?.ToString().Contains("/Account/Login", StringComparison.OrdinalIgnoreCase) == true;
}
