using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Movement;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.Movement;

public sealed class PromotionTests(TestApps apps)
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Promotion_PreviewEqualsWhatIsApplied_WithExceptions(Db db)
    {
        var (app, school, client, classId, students) = await ArrangeAsync(db, "Абрамова", "Борисова", "Власова");
        var fields = Fields(classId, "2027-09-01", students,
            (students[1], "Conditional", "математика"), (students[2], "Retain", ""));

        var preview = await client.SubmitFormAsync($"/Movement/Promotion?classId={classId}", fields, $"/Movement/Promotion?classId={classId}&handler=Preview", "main form[method=post]");
        var shown = (await PageClient.ParseAsync(preview)).QuerySelectorAll("tbody tr td:last-child").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(0, await EventsAsync(app, school, MovementKind.Promotion, MovementKind.ConditionalPromotion, MovementKind.Retention));

        var applied = await client.SubmitFormAsync($"/Movement/Promotion?classId={classId}", fields, $"/Movement/Promotion?classId={classId}&handler=Apply", "main form[method=post]");

        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        var className = await app.WithDbAsync(school.Id, d => d.SchoolClasses.Where(c => c.Id == classId).Select(c => c.Letter).SingleAsync());
        Assert.Equal(
            [$"переведён в следующий класс → 6{className}", $"переведён условно → 6{className}", $"оставлен на повторное обучение → 5{className}"],
            shown);
        var events = await app.WithDbAsync(school.Id, d => d.MovementEvents
            .Where(e => e.Date == new DateOnly(2027, 9, 1))
            .OrderBy(e => e.Student!.LastName)
            .Select(e => new { e.Kind, e.ToClass!.Grade, e.ToClass.Letter, Year = d.AcademicYears.Where(y => y.Id == e.ToClass.AcademicYearId).Select(y => y.Name).First(), e.AcademicDebts, Order = e.Order!.Number })
            .ToListAsync());
        var book = await client.GetDocumentAsync("/Movement?from=2027-09-01&to=2027-09-01");
        var orderLink = book.QuerySelectorAll("tbody a").Select(a => a.GetAttribute("href")!).First(h => h.StartsWith("/Movement/Order", StringComparison.Ordinal));
        var order = await client.GetDocumentAsync(orderLink);
        Assert.Equal("Приказ №\u00A0П-15 от 28.05.2027", order.QuerySelector("h1")!.TextContent);
        Assert.Equal(3, order.QuerySelectorAll("table.order-records tbody tr").Length);
        Assert.Equal(
            [$"Promotion 6{className} 2027/2028  П-15", $"ConditionalPromotion 6{className} 2027/2028 математика П-15", $"Retention 5{className} 2027/2028  П-15"],
            events.Select(e => $"{e.Kind} {e.Grade}{e.Letter} {e.Year} {e.AcademicDebts} {e.Order}"));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Promotion_IntoAChosenClassOfTheNextYear_PutsEveryoneThere(Db db)
    {
        var (app, school, client, classId, students) = await ArrangeAsync(db, "Жукова", "Зуева");
        var target = await app.WithDbAsync(school.Id, async d =>
        {
            var year = await d.AcademicYears.SingleAsync(y => y.Name == "2026/2027");
            var next = new Parta.Organisation.AcademicYear { SchoolId = school.Id, Name = "2027/2028", Start = year.End.AddDays(1), End = year.End.AddYears(1) };
            var chosen = new Parta.Organisation.SchoolClass { SchoolId = school.Id, AcademicYearId = next.Id, Grade = 6, Letter = "Я" };
            d.AcademicYears.Add(next);
            d.SchoolClasses.Add(chosen);
            await d.SaveChangesAsync();
            return chosen.Id;
        });
        var page = await client.GetDocumentAsync($"/Movement/Promotion?classId={classId}");
        Assert.Contains(page.QuerySelectorAll("select[name=TargetClassId] option"), o => o.TextContent == "6Я");
        var fields = Fields(classId, "2027-09-01", students);
        fields["TargetClassId"] = target.ToString();

        var applied = await client.SubmitFormAsync($"/Movement/Promotion?classId={classId}", fields, $"/Movement/Promotion?classId={classId}&handler=Apply", "main form[method=post]");

        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        Assert.Equal(2, await app.WithDbAsync(school.Id, d => d.MovementEvents.CountAsync(e => e.Kind == MovementKind.Promotion && e.ToClassId == target)));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Promotion_OneStudentBreaksTheBook_NothingIsApplied(Db db)
    {
        var (app, school, client, classId, students) = await ArrangeAsync(db, "Глебова", "Данилова");
        var coordinator = await app.CreateUserAsync(school, SchoolRole.Coordinator);
        using var api = app.ApiClient(await app.TokenAsync(coordinator.Login, coordinator.Password));
        var later = await api.PostAsJsonAsync($"/api/v1/schools/{school.Id}/movement", new
        {
            kind = "withdrawal", studentId = students[1], date = "2027-09-10", orderNumber = "9", orderDate = "2027-09-10", withdrawalReason = "moving",
        });
        Assert.Equal(HttpStatusCode.Created, later.StatusCode);

        var applied = await client.SubmitFormAsync($"/Movement/Promotion?classId={classId}", Fields(classId, "2027-09-01", students),
            $"/Movement/Promotion?classId={classId}&handler=Apply", "main form[method=post]");

        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        var page = await PageClient.ParseAsync(applied);
        Assert.Contains("Ни одна запись не внесена", page.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("раньше последней записи об учащемся", page.QuerySelector("td.text-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await EventsAsync(app, school, MovementKind.Promotion));
        Assert.False(await app.WithDbAsync(school.Id, d => d.AcademicYears.AnyAsync(y => y.Name == "2027/2028")));
    }

    private async Task<(PartaAppFactory, TestSchool, HttpClient, Guid, List<Guid>)> ArrangeAsync(Db db, params string[] surnames)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var (classId, first) = await app.CreateStudentAsync(school, surnames[0], enrolled: false);
        var students = new List<Guid> { first };
        foreach (var surname in surnames.Skip(1))
        {
            var (_, id) = await app.CreateStudentAsync(school, surname, enrolled: false);
            students.Add(id);
        }

        var coordinator = await app.CreateUserAsync(school, SchoolRole.Coordinator);
        using var api = app.ApiClient(await app.TokenAsync(coordinator.Login, coordinator.Password));
        foreach (var id in students)
        {
            var admitted = await api.PostAsJsonAsync($"/api/v1/schools/{school.Id}/movement", new
            {
                kind = "admission", studentId = id, classId, date = "2026-09-01", orderNumber = "1", orderDate = "2026-09-01",
            });
            Assert.Equal(HttpStatusCode.Created, admitted.StatusCode);
        }

        return (app, school, await app.SignedInClientAsync(coordinator), classId, students);
    }

    private static Dictionary<string, string> Fields(Guid classId, string date, List<Guid> students, params (Guid Student, string Outcome, string Debts)[] exceptions)
    {
        var fields = new Dictionary<string, string>
        {
            ["ClassId"] = classId.ToString(), ["Date"] = date, ["OrderNumber"] = "П-15", ["OrderDate"] = "2027-05-28",
        };
        for (var i = 0; i < students.Count; i++)
        {
            var exception = exceptions.FirstOrDefault(e => e.Student == students[i]);
            fields[$"Students[{i}].StudentId"] = students[i].ToString();
            fields[$"Students[{i}].Outcome"] = exception.Outcome ?? "Promote";
            fields[$"Students[{i}].AcademicDebts"] = exception.Debts ?? "";
        }

        return fields;
    }

    private static Task<int> EventsAsync(PartaAppFactory app, TestSchool school, params MovementKind[] kinds) =>
        app.WithDbAsync(school.Id, d => d.MovementEvents.CountAsync(e => kinds.Contains(e.Kind)));
}
