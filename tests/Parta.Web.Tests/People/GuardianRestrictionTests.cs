using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.People;
using Parta.Web.Tests.Infrastructure;
using Parta.Web.Tests.Journal;

namespace Parta.Web.Tests.People;

/// <summary>
/// A guardian whose rights the school has restricted (a court order recorded on the card) sees nothing of the child:
/// the family rule drops the link everywhere at once, and lifting the restriction gives it back.
/// </summary>
public sealed class GuardianRestrictionTests(TestApps apps)
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Restricted_GuardianSeesNothingOfTheChild_NeedsAReason_IsInTheHistory_AndCanBeLifted(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await app.CreateJournalWorldAsync();
        using var coordinator = await app.SignedInClientAsync(await app.CreateUserAsync(w.School, SchoolRole.Coordinator));
        using var parent = await app.ApiAsAsync(w.Parent);
        var guardianId = await app.WithDbAsync(w.School.Id, d => d.Guardianships
            .Where(g => g.StudentId == w.Anna && g.Guardian!.UserId == w.Parent.Id).Select(g => g.GuardianId).SingleAsync());
        var card = $"/People/Students/Card?id={w.Anna}";
        var finalMarks = $"/api/v1/students/{w.Anna}/final-marks";
        async Task<List<string?>> ChildrenAsync() => (await parent.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("children")
            .EnumerateArray().Select(c => c.GetProperty("studentId").GetString()).ToList();
        Task<HttpResponseMessage> RestrictAsync(bool restricted, string note) => coordinator.SubmitFormAsync(card, new Dictionary<string, string>
        {
            ["guardianId"] = guardianId.ToString(), ["restricted"] = restricted ? "true" : "false", ["note"] = note,
        }, action: card + "&handler=Restrict");

        using var before = await parent.GetAsync(finalMarks);
        var childrenBefore = await ChildrenAsync();
        using var noReason = await RestrictAsync(true, "  ");
        var noReasonPage = await noReason.Content.ReadAsStringAsync();
        using var restricted = await RestrictAsync(true, "Решение суда от 12.10.2026 № 2-345/2026");
        using var during = await parent.GetAsync(finalMarks);
        var childrenDuring = await ChildrenAsync();
        var shown = (await coordinator.GetDocumentAsync(card)).QuerySelector("table.guardians .guardian-restricted")?.TextContent;
        using var lifted = await RestrictAsync(false, "");
        using var after = await parent.GetAsync(finalMarks);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Contains(w.Anna.ToString(), childrenBefore);
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Contains("Заполните поле «На каком основании».", noReasonPage);
        Assert.Equal(HttpStatusCode.Redirect, restricted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, during.StatusCode);
        Assert.DoesNotContain(w.Anna.ToString(), childrenDuring);
        Assert.Equal("Доступ ограничен: Решение суда от 12.10.2026 № 2-345/2026", shown?.Trim());
        Assert.Equal(HttpStatusCode.Redirect, lifted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        var history = await app.WithDbAsync(w.School.Id, d => d.AuditEntries
            .Where(a => a.SchoolId == w.School.Id && a.EntityType == nameof(Guardianship) && a.Field == nameof(Guardianship.Restricted))
            .OrderBy(a => a.At).Select(a => a.NewValue).ToListAsync());
        // The link's creation, the restriction, and its lifting: the last two are opposite values.
        Assert.Equal(3, history.Count);
        Assert.Equal(history[0], history[2]);
        Assert.NotEqual(history[1], history[2]);
    }
}
