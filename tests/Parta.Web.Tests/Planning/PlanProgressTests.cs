using System.Net;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.Planning;

/// <summary>План и факт on the test clock's today (30.11.2026): lessons given, hours planned on them, and the topics behind.</summary>
public sealed class PlanProgressTests(TestApps apps)
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Progress_CountsGivenLessons_AndListsThePlannedTopicsWithoutAWrittenTopic(Db db)
    {
        var app = await apps.GetAsync(db);
        var p = await app.CreatePlanningSchoolAsync();
        await app.RefreshAutumnAsync(p);
        await app.CancelLessonAsync(p, new(2026, 10, 21));
        var teacher = await app.SignedInClientAsync(p.Teacher);
        await teacher.AddTopicAsync($"assignmentId={p.Maths}", "Натуральные числа", hours: 2);
        await teacher.AddTopicAsync($"assignmentId={p.Maths}", "Сложение", hours: 1);
        await app.WriteTopicAsync(p, new(2026, 10, 19), "Натуральные числа");

        var page = await teacher.GetDocumentAsync($"/Planning/Progress?assignmentId={p.Maths}");
        var director = await app.SignedInClientAsync(p.Director);
        var list = await director.GetDocumentAsync("/Planning/Progress");

        // Given: 19.10, 04.11, 09.11, 11.11 (21.10 cancelled); the plan's 3 hours lie on the first three; 19.10 has its topic.
        Assert.Equal(["4", "3", "1", "3 / 4 — не совпадает"], page.QuerySelectorAll("#progress dd").Select(d => d.TextContent.Trim()));
        Assert.Equal(
            [["04.11.2026", "1", "Натуральные числа"], ["09.11.2026", "2", "Сложение"]],
            page.QuerySelectorAll("#behind tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray()));
        var row = list.QuerySelector($"#progress-list tr[data-assignment='{p.Maths}']")!;
        Assert.Equal(["5А", "Математика", "4", "3", "1", "2", "3 / 4"],
            row.QuerySelectorAll("td").Where((_, i) => i != 2).Select(c => c.TextContent.Trim()));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Progress_OfAnotherTeachersAssignment_IsNotFound(Db db)
    {
        var app = await apps.GetAsync(db);
        var p = await app.CreatePlanningSchoolAsync();
        var other = await app.SignedInClientAsync(p.OtherTeacher);

        var response = await other.GetAsync($"/Planning/Progress?assignmentId={p.Maths}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
