using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Organisation;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.Importing;

/// <summary>Uploads a file to the import page, presses «Применить», and builds the files the tests upload.</summary>
public static class ImportClient
{
    public const string StudentsHeader =
        "ФИО;Дата рождения;Пол;Номер личного дела;Класс;Адрес;Телефон;" +
        "Родитель 1: ФИО;Родитель 1: кем приходится;Родитель 1: телефон;Родитель 1: email;" +
        "Родитель 2: ФИО;Родитель 2: кем приходится;Родитель 2: телефон;Родитель 2: email";

    /// <summary>A school with classes 5А and 7Б in its current year, and its coordinator signed in.</summary>
    public static async Task<(TestSchool School, HttpClient Client)> SchoolWithCoordinatorAsync(this PartaAppFactory app)
    {
        var school = await app.CreateSchoolAsync();
        var yearId = await app.CurrentYearAsync(school);
        await app.WithDbAsync(school.Id, async db =>
        {
            db.SchoolClasses.Add(new SchoolClass { SchoolId = school.Id, AcademicYearId = yearId, Grade = 5, Letter = "А" });
            db.SchoolClasses.Add(new SchoolClass { SchoolId = school.Id, AcademicYearId = yearId, Grade = 7, Letter = "Б" });
            await db.SaveChangesAsync();
        });
        var coordinator = await app.CreateUserAsync(school, SchoolRole.Coordinator);
        return (school, await app.SignedInClientAsync(coordinator));
    }

    public static byte[] Utf8Csv(params string[] lines) =>
        [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n")];

    /// <summary>Opens the import page and uploads the file with «Проверить».</summary>
    public static async Task<(HttpResponseMessage Response, IDocument Page)> PreviewAsync(
        this HttpClient client, string kind, string fileName, byte[] content, CancellationToken ct = default)
    {
        var page = await client.GetDocumentAsync("/Importing");
        var form = (IHtmlFormElement)page.QuerySelector("main form[enctype='multipart/form-data']")!;
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var body = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(kind), "Kind" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        body.Add(file, "Upload", fileName);
        var response = await client.PostAsync(form.GetAttribute("action"), body, ct);
        return (response, await PageClient.ParseAsync(response));
    }

    /// <summary>Presses «Применить» on a preview page.</summary>
    public static async Task<IDocument> ApplyAsync(this HttpClient client, IDocument preview)
    {
        var form = ApplyForm(preview) ?? throw new InvalidOperationException("No «Применить» on the preview: " + Errors(preview).FirstOrDefault());
        var fields = form.QuerySelectorAll("input[type=hidden]")
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        var response = await client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(fields));
        return await PageClient.ParseAsync(response);
    }

    public static async Task<IDocument> ImportAsync(this HttpClient client, string kind, string fileName, byte[] content)
    {
        var (_, preview) = await client.PreviewAsync(kind, fileName, content);
        return await client.ApplyAsync(preview);
    }

    public static IHtmlFormElement? ApplyForm(IDocument page) =>
        page.QuerySelectorAll("main form").OfType<IHtmlFormElement>()
            .FirstOrDefault(f => f.GetAttribute("action")?.Contains("handler=Apply", StringComparison.Ordinal) == true);

    public static List<string> Errors(IDocument page) =>
        page.QuerySelectorAll(".import-errors li, .text-danger").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0).ToList();

    /// <summary>The «Что будет сделано» table: record kind → (created, updated, unchanged).</summary>
    public static Dictionary<string, (int Created, int Updated, int Unchanged)> Counts(IDocument page) =>
        page.QuerySelectorAll("main table").First(t => t.QuerySelector("caption")?.TextContent.StartsWith("Что", StringComparison.Ordinal) == true)
            .QuerySelectorAll("tbody tr")
            .ToDictionary(
                r => r.QuerySelector("th")!.TextContent.Trim(),
                r =>
                {
                    var cells = r.QuerySelectorAll("td").Select(c => int.Parse(c.TextContent, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
                    return (cells[0], cells[1], cells[2]);
                });

    public static Task<int> StudentCountAsync(this PartaAppFactory app, TestSchool school) =>
        app.WithDbAsync(school.Id, db => db.Students.CountAsync());
}
