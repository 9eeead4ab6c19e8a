using AngleSharp.Dom;
using Parta.Access;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.People;

/// <summary>Builders and page readers of the People and Access tests.</summary>
public static class PeopleData
{
    /// <summary>
    /// Accounts of the school's people, each with a role in it, made straight in the database without a password (so that
    /// hundreds cost nothing to make): for the tests of work done in bulk.
    /// </summary>
    public static Task<List<Guid>> CreateAccountsAsync(this PartaAppFactory app, TestSchool school, int count, SchoolRole role = SchoolRole.Teacher) =>
        app.WithDbAsync(school.Id, async db =>
        {
            var ids = new List<Guid>();
            for (var i = 0; i < count; i++)
            {
                var user = new User
                {
                    UserName = $"bulk{Guid.NewGuid():N}"[..16], LastName = "Массовая", FirstName = $"Учётная{i:000}", CreatedAt = app.Clock.GetUtcNow().UtcDateTime,
                };
                user.NormalizedUserName = user.UserName.ToUpperInvariant();
                db.Users.Add(user);
                db.SchoolMemberships.Add(new SchoolMembership { SchoolId = school.Id, UserId = user.Id, Role = role });
                ids.Add(user.Id);
            }

            await db.SaveChangesAsync();
            return ids;
        });

    /// <summary>A parent whose login has children in two schools: a guardian's card in each, and the parent's role in each.</summary>
    public static async Task<TestUser> ParentInTwoSchoolsAsync(this PartaAppFactory app, TestSchool schoolA, TestSchool schoolB)
    {
        var parent = await app.CreateUserAsync(schoolA, SchoolRole.Parent);
        await app.CreateStudentAsync(schoolA, "Старшова", parent);
        await app.AddMembershipAsync(schoolB, parent, SchoolRole.Parent);
        await app.CreateStudentAsync(schoolB, "Младшова", parent);
        return parent;
    }

    /// <summary>A form as the page gave it: its anti-forgery token and hidden fields (the version it was opened with).</summary>
    public static async Task<List<KeyValuePair<string, string>>> OpenFormAsync(this HttpClient client, string url, string formSelector = "main form")
    {
        var page = await client.GetDocumentAsync(url);
        var form = page.QuerySelector(formSelector) ?? throw new InvalidOperationException($"No form '{formSelector}' on {url}");
        return form.QuerySelectorAll("input[type=hidden]")
            .Where(i => i.GetAttribute("name") is { Length: > 0 })
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""))
            .ToList();
    }

    /// <summary>Posts a form opened earlier (<see cref="OpenFormAsync"/>) with the fields the user typed.</summary>
    public static Task<HttpResponseMessage> PostFormAsync(
        this HttpClient client, string url, List<KeyValuePair<string, string>> opened, IDictionary<string, string> typed) =>
        client.PostAsync(url, new FormUrlEncodedContent(opened.Where(f => !typed.ContainsKey(f.Key)).Concat(typed)));

    /// <summary>The message next to a field of a form.</summary>
    public static string MessageFor(this IDocument page, string field) =>
        page.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent.Trim() ?? "";
}
