using System.Net.Http.Json;
using Parta.Access;
using Parta.Movement;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.Movement;

public sealed class MovementReportTests(TestApps apps)
{
    /// <summary>Generated books: random events through the API (accepted or refused), and the report agrees for every period.</summary>
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Report_OnGeneratedBooks_TotalsAlwaysAgree(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var classes = new List<Guid>();
        var students = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            var (classId, studentId) = await app.CreateStudentAsync(school, $"Учащаяся{i}", enrolled: false);
            classes.Add(classId);
            students.Add(studentId);
        }

        for (var i = 0; i < 4; i++)
        {
            var (_, studentId) = await app.CreateStudentAsync(school, $"Ученица{i}", enrolled: false);
            students.Add(studentId);
        }

        var coordinator = await app.CreateUserAsync(school, SchoolRole.Coordinator);
        using var api = app.ApiClient(await app.TokenAsync(coordinator.Login, coordinator.Password));
        var random = new Random(12);
        string[] kinds = ["admission", "openingEnrolment", "admission", "transfer", "withdrawal", "reinstatement", "promotion"];
        var start = new DateOnly(2026, 9, 1);
        var accepted = 0;
        for (var i = 0; i < 60; i++)
        {
            var date = start.AddDays(i * 2 + random.Next(2));
            var response = await api.PostAsJsonAsync($"/api/v1/schools/{school.Id}/movement", new
            {
                kind = kinds[random.Next(kinds.Length)], studentId = students[random.Next(students.Count)], classId = classes[random.Next(classes.Count)],
                date = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), orderNumber = $"{i}",
                orderDate = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), withdrawalReason = random.Next(2) == 0 ? "moving" : "other",
            });
            accepted += response.IsSuccessStatusCode ? 1 : 0;
        }

        Assert.InRange(accepted, 10, 60);
        foreach (var (from, to) in new[] { (start, start.AddDays(130)), (start.AddDays(20), start.AddDays(50)), (start.AddDays(61), start.AddDays(61)) })
        {
            var (lines, total) = await MovementPagesTests.ReportAsync(app, school.Id, from, to);
            Assert.All(lines, l => Assert.True(l.Agrees, $"{l.ClassName} {from}–{to}: {l}"));
            Assert.True(total.Agrees);
            Assert.Equal(total.TransferredIn, total.TransferredOut + total.Promoted); // moves inside the school leave one class and enter another
        }
    }
}
