using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Movement;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.Movement;

public sealed class MovementPagesTests(TestApps apps)
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task RecordForm_OpensOnTheSchoolsOwnToday(Db db)
    {
        // Kiritimati is UTC+14: at the test clock's 10:30 UTC the school's date is already a day ahead of the server's.
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        await app.WithDbAsync(null, d => d.Schools.Where(s => s.Id == school.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.TimeZone, "Pacific/Kiritimati")));
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));

        var page = await client.GetDocumentAsync("/Movement/Record");

        var schoolToday = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(app.Clock.GetUtcNow().UtcDateTime, TimeZoneInfo.FindSystemTimeZoneById("Pacific/Kiritimati")));
        Assert.Equal(schoolToday.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("input[name=Date]")?.GetAttribute("value"));
        Assert.Equal(schoolToday.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("input[name=OrderDate]")?.GetAttribute("value"));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task RecordForm_OpenedFromTheCard_HasTheStudentAndTheTransferChosen(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var (_, studentId) = await app.CreateStudentAsync(school, "Карточкина");
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));
        var card = await client.GetDocumentAsync($"/People/Students/Card?id={studentId}");

        var form = await client.GetDocumentAsync(card.QuerySelector("a.student-movement-link")!.GetAttribute("href")!);

        Assert.Equal(studentId.ToString(), form.QuerySelector("input[name=StudentId]")?.GetAttribute("value"));
        Assert.StartsWith("Карточкина Анна Игоревна", form.QuerySelector("#student-chosen-title")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Transfer", form.QuerySelector("select[name=Kind] option[selected]")?.GetAttribute("value"));
    }

    /// <summary>
    /// The book of one school after the pages admitted a new student «Щербакова Алёна Петровна» into 5А on 01.09.2026
    /// (order 45-у of 31.08) and transferred her to 5Б on 10.10.2026 (order 101-у of 09.10): each test below reads one
    /// thing a user would look at.
    /// </summary>
    private async Task<(PartaAppFactory App, HttpClient Client, Guid StudentId, Guid Class5A, Guid Class5B)> AdmittedAndTransferredAsync(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var (class5A, _) = await app.CreateStudentAsync(school, "Соседова", enrolled: false);
        var (class5B, _) = await app.CreateStudentAsync(school, "Другова", enrolled: false);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));
        var admitted = await client.SubmitFormAsync("/Movement/Record", new Dictionary<string, string>
        {
            ["Kind"] = "Admission", ["StudentId"] = "", ["Student.LastName"] = "Щербакова", ["Student.FirstName"] = "Алёна", ["Student.MiddleName"] = "Петровна",
            ["Student.BirthDate"] = "2015-04-02", ["ClassId"] = class5A.ToString(), ["Date"] = "2026-09-01", ["OrderNumber"] = "45-у", ["OrderDate"] = "2026-08-31",
            ["Reason"] = "заявление родителей",
        });
        Assert.Equal(HttpStatusCode.Redirect, admitted.StatusCode);
        var studentId = await app.WithDbAsync(school.Id, d => d.Students.Where(s => s.LastName == "Щербакова").Select(s => s.Id).SingleAsync());
        var transferred = await client.SubmitFormAsync("/Movement/Record", new Dictionary<string, string>
        {
            ["Kind"] = "Transfer", ["StudentId"] = studentId.ToString(), ["ClassId"] = class5B.ToString(), ["Date"] = "2026-10-10",
            ["OrderNumber"] = "101-у", ["OrderDate"] = "2026-10-09",
        });
        Assert.Equal(HttpStatusCode.Redirect, transferred.StatusCode);
        return (app, client, studentId, class5A, class5B);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task AdmitNewStudent_GetsTheNextPersonalFileNumberOfHerLetter(Db db)
    {
        var (app, client, studentId, _, _) = await AdmittedAndTransferredAsync(db);
        using (client)
        {
            var book = await client.GetDocumentAsync("/Movement/Alphabetical");

            var entry = book.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Щербакова", StringComparison.Ordinal));
            Assert.Equal(["Щ-1", "Щербакова Алёна Петровна", "02.04.2015", "01.09.2026"], entry.QuerySelectorAll("td").Take(4).Select(td => td.TextContent.Trim()));
            Assert.Equal("Щ-1", await app.WithDbAsync(null, d => d.Students.IgnoreQueryFilters().Where(s => s.Id == studentId).Select(s => s.PersonalFileNumber).SingleAsync()));
        }
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task AdmitThenTransfer_BothRecordsInTheBookWithTheirOrders(Db db)
    {
        var (_, client, _, _, _) = await AdmittedAndTransferredAsync(db);
        using (client)
        {
            var movementBook = await client.GetDocumentAsync("/Movement?from=2026-09-01&to=2026-12-31");

            var rows = movementBook.QuerySelectorAll("tbody tr").Select(r => r.TextContent).Where(t => t.Contains("Щербакова", StringComparison.Ordinal)).ToList();
            Assert.Equal(2, rows.Count);
            Assert.Contains("Прибытие", rows[0], StringComparison.Ordinal);
            Assert.Contains("№\u00A045-у от 31.08.2026", rows[0], StringComparison.Ordinal);
            Assert.Contains("Перевод в другой класс", rows[1], StringComparison.Ordinal);
        }
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Transfer_MovesHerBetweenTheClassListsOnItsDate(Db db)
    {
        var (_, client, _, class5A, class5B) = await AdmittedAndTransferredAsync(db);
        using (client)
        {
            Assert.Contains("Щербакова Алёна Петровна", await ListAsync(client, class5A, "2026-10-09"));
            Assert.DoesNotContain("Щербакова Алёна Петровна", await ListAsync(client, class5A, "2026-10-10"));
            Assert.Contains("Щербакова Алёна Петровна", await ListAsync(client, class5B, "2026-10-10"));
        }
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task AdmitThenTransfer_TheReportAgrees(Db db)
    {
        var (_, client, _, _, _) = await AdmittedAndTransferredAsync(db);
        using (client)
        {
            var report = await client.GetDocumentAsync("/Movement/Report?from=2026-09-01&to=2026-12-31");

            var total = report.QuerySelectorAll("tbody tr")[^1].QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
            Assert.Equal(["0", "1", "1", "1"], total.Take(4)); // at the start, arrived from outside, transferred in, transferred out
            Assert.Equal("1", total[^1]); // at the end
            Assert.DoesNotContain("не сходится", report.Body!.TextContent, StringComparison.Ordinal);
        }
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task AdmitThenTransfer_TheSpreadsheetsSayWhatThePagesSay(Db db)
    {
        var (_, client, _, _, class5B) = await AdmittedAndTransferredAsync(db);
        using (client)
        {
            var report = await SheetAsync(client, "/Movement/Report?handler=Xlsx&from=2026-09-01&to=2026-12-31");
            var book = await SheetAsync(client, "/Movement?handler=Xlsx&from=2026-09-01&to=2026-12-31");
            var list = await SheetAsync(client, $"/Movement/ClassList?handler=Xlsx&classId={class5B}&date=2026-10-10");
            var alphabetical = await SheetAsync(client, "/Movement/Alphabetical?handler=Xlsx");

            Assert.Equal(("Всего", "1"), (report[^1]["Класс"]?.ToString(), report[^1]["На конец"]?.ToString()));
            Assert.Equal(["Прибытие", "Перевод в другой класс"], book.Select(r => r["Событие"]?.ToString()));
            Assert.Equal(["Щербакова Алёна Петровна"], list.Select(r => r["Фамилия Имя Отчество"]?.ToString()));
            Assert.Contains(alphabetical, r => r["№ личного дела"]?.ToString() == "Щ-1" && r["ФИО"]?.ToString() == "Щербакова Алёна Петровна");
        }
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task AdmitThenTransfer_TheStudentsCardShowsHerHistory(Db db)
    {
        var (_, client, studentId, _, _) = await AdmittedAndTransferredAsync(db);
        using (client)
        {
            var card = await client.GetDocumentAsync($"/People/Students/Card?id={studentId}");

            var history = card.QuerySelectorAll("table.student-movement tbody tr").Select(r => r.TextContent).ToList();
            Assert.Equal(2, history.Count);
            Assert.Contains("Прибытие", history[0], StringComparison.Ordinal);
            Assert.Contains("№\u00A0101-у от 09.10.2026", history[1], StringComparison.Ordinal);
        }
    }

    /// <summary>The movement report of a school for a period, through its use case.</summary>
    internal static async Task<(IReadOnlyList<MovementReportLine> Lines, MovementReportLine Total)> ReportAsync(PartaAppFactory app, Guid schoolId, DateOnly from, DateOnly to)
    {
        using var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateScope(app.Services);
        Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Parta.Data.CurrentUser>(scope.ServiceProvider).ActAsSystem(schoolId, "test");
        var report = await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<GetMovementReport>(scope.ServiceProvider)
            .HandleAsync(new GetMovementReport.Request(from, to));
        return (report.Value.Classes, report.Value.Total);
    }

    private static async Task<List<IDictionary<string, object>>> SheetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        return MiniExcelLibs.MiniExcel.Query(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Record_BreakingTheBook_ShowsRussianErrorAndWritesNothing(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var (class5A, studentId) = await app.CreateStudentAsync(school, "Ковалёва", enrolled: false);
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));

        var response = await client.SubmitFormAsync("/Movement/Record", new Dictionary<string, string>
        {
            ["Kind"] = "Transfer", ["StudentId"] = studentId.ToString(), ["ClassId"] = class5A.ToString(), ["Date"] = "2026-10-10",
            ["OrderNumber"] = "1", ["OrderDate"] = "2026-10-10",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageClient.ParseAsync(response);
        Assert.Contains("На 10.10.2026 учащийся не числится в школе.", page.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(school.Id, d => d.MovementEvents.CountAsync()));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Cancel_OnlyTheLatestWithAReason_AndTheListFollows(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var (class5A, studentId) = await app.CreateStudentAsync(school, "Лебедева", enrolled: false);
        var (class5B, _) = await app.CreateStudentAsync(school, "Иная", enrolled: false);
        var director = await app.CreateUserAsync(school, SchoolRole.Director);
        using var api = app.ApiClient(await app.TokenAsync(director.Login, director.Password));
        await api.PostAsync($"/api/v1/schools/{school.Id}/movement", Json(new { kind = "admission", studentId, classId = class5A, date = "2026-09-01", orderNumber = "1", orderDate = "2026-09-01" }));
        var groupId = await app.WithDbAsync(school.Id, async d =>
        {
            var group = new Parta.Organisation.StudyGroup
            {
                SchoolId = school.Id, Name = "англ. 2", SchoolClassId = class5A,
                AcademicYearId = await d.SchoolClasses.Where(c => c.Id == class5A).Select(c => c.AcademicYearId).SingleAsync(),
            };
            d.StudyGroups.Add(group);
            d.StudyGroupMembers.Add(new Parta.Organisation.StudyGroupMember { SchoolId = school.Id, StudyGroupId = group.Id, StudentId = studentId });
            await d.SaveChangesAsync();
            return group.Id;
        });
        await api.PostAsync($"/api/v1/schools/{school.Id}/movement", Json(new { kind = "transfer", studentId, classId = class5B, date = "2026-10-01", orderNumber = "2", orderDate = "2026-10-01" }));
        Assert.Equal(new DateOnly(2026, 10, 1), await app.WithDbAsync(school.Id, d => d.StudyGroupMembers.Where(m => m.StudyGroupId == groupId).Select(m => m.Until).SingleAsync()));
        var ids = await app.WithDbAsync(school.Id, d => d.MovementEvents.OrderBy(e => e.Date).Select(e => e.Id).ToListAsync());
        using var client = await app.SignedInClientAsync(director);

        var first = await client.SubmitFormAsync($"/Movement/Cancel?id={ids[0]}", new Dictionary<string, string> { ["Id"] = ids[0].ToString(), ["Reason"] = "ошибка" });
        Assert.Contains("Отменить можно только последнюю запись", (await PageClient.ParseAsync(first)).Body!.TextContent, StringComparison.Ordinal);
        var noReason = await client.SubmitFormAsync($"/Movement/Cancel?id={ids[1]}", new Dictionary<string, string> { ["Id"] = ids[1].ToString(), ["Reason"] = "" });
        Assert.Contains("Заполните поле «Причина отмены».", (await PageClient.ParseAsync(noReason)).Body!.TextContent, StringComparison.Ordinal);

        var cancelled = await client.SubmitFormAsync($"/Movement/Cancel?id={ids[1]}", new Dictionary<string, string> { ["Id"] = ids[1].ToString(), ["Reason"] = "перевод не состоялся" });

        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Contains("Лебедева Анна Игоревна", await ListAsync(client, class5A, "2026-10-15"));
        Assert.Null(await app.WithDbAsync(school.Id, d => d.StudyGroupMembers.Where(m => m.StudyGroupId == groupId).Select(m => m.Until).SingleAsync()));
        var audit = await app.WithDbAsync(null, d => d.AuditEntries.Where(a => a.EntityId == ids[1] && a.Field == "Cancelled" && a.Action == Parta.Auditing.AuditAction.Changed).Select(a => a.Reason).SingleAsync());
        Assert.Equal("перевод не состоялся", audit);
        Assert.Equal(2, await app.WithDbAsync(school.Id, d => d.MovementEvents.CountAsync()));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Book_OffersCancelOnlyOnEachStudentsLatestRecord_AndCorrectOnEveryRecordInForce(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var (class5A, studentId) = await app.CreateStudentAsync(school, "Соболева", enrolled: false);
        var (class5B, _) = await app.CreateStudentAsync(school, "Другая", enrolled: false);
        var coordinator = await app.CreateUserAsync(school, SchoolRole.Coordinator);
        using var api = app.ApiClient(await app.TokenAsync(coordinator.Login, coordinator.Password));
        await api.PostAsync($"/api/v1/schools/{school.Id}/movement", Json(new { kind = "admission", studentId, classId = class5A, date = "2026-09-01", orderNumber = "1", orderDate = "2026-09-01" }));
        await api.PostAsync($"/api/v1/schools/{school.Id}/movement", Json(new { kind = "transfer", studentId, classId = class5B, date = "2026-10-01", orderNumber = "2", orderDate = "2026-10-01" }));
        using var client = await app.SignedInClientAsync(coordinator);

        var book = await client.GetDocumentAsync("/Movement?from=2026-09-01&to=2027-05-31");

        var rows = book.QuerySelectorAll("tbody tr").Where(r => r.TextContent.Contains("Соболева", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(["Исправить"], rows[0].QuerySelectorAll("td:last-child a").Select(a => a.TextContent.Trim()));
        Assert.Equal(["Исправить", "Отменить"], rows[1].QuerySelectorAll("td:last-child a").Select(a => a.TextContent.Trim()));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Correct_OrderAndGrounds_WithAReason_AuditedAndTheClassListsUnchanged(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var (class5A, studentId) = await app.CreateStudentAsync(school, "Орлова", enrolled: false);
        var coordinator = await app.CreateUserAsync(school, SchoolRole.Coordinator);
        using var api = app.ApiClient(await app.TokenAsync(coordinator.Login, coordinator.Password));
        await api.PostAsync($"/api/v1/schools/{school.Id}/movement", Json(new { kind = "admission", studentId, classId = class5A, date = "2026-09-01", orderNumber = "11", orderDate = "2026-09-01", reason = "заявление" }));
        var eventId = await app.WithDbAsync(school.Id, d => d.MovementEvents.Select(e => e.Id).SingleAsync());
        using var client = await app.SignedInClientAsync(coordinator);
        var form = await client.GetDocumentAsync($"/Movement/Correct?id={eventId}");
        Assert.Equal("11", form.QuerySelector("#OrderNumber")!.GetAttribute("value"));
        Assert.Equal("заявление", form.QuerySelector("#Reason")!.GetAttribute("value"));

        var noReason = await client.SubmitFormAsync($"/Movement/Correct?id={eventId}", Fields("11-у", "2026-09-01", ""));
        Assert.Contains("Заполните поле «Причина исправления».", (await PageClient.ParseAsync(noReason)).Body!.TextContent, StringComparison.Ordinal);
        var tooLate = await client.SubmitFormAsync($"/Movement/Correct?id={eventId}", Fields("11-у", "2026-12-01", "опечатка"));
        Assert.Contains("подписан позже даты события 01.09.2026", (await PageClient.ParseAsync(tooLate)).Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("11", await app.WithDbAsync(school.Id, d => d.MovementEvents.Select(e => e.Order!.Number).SingleAsync()));

        var corrected = await client.SubmitFormAsync($"/Movement/Correct?id={eventId}", Fields("11-у", "2026-09-02", "опечатка в номере приказа"));

        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        var order = await client.GetDocumentAsync(corrected.Headers.Location!.ToString());
        Assert.Equal("Приказ №\u00A011-у от 02.09.2026", order.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Запись исправлена.", order.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Орлова", order.QuerySelector("table.order-records")!.TextContent, StringComparison.Ordinal);
        var view = await api.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/schools/{school.Id}/movement/{eventId}");
        Assert.Equal("11-у", view.GetProperty("orderNumber").GetString());
        Assert.Equal("заявление о приёме", view.GetProperty("reason").GetString());
        var audit = await app.WithDbAsync(null, d => d.AuditEntries
            .Where(a => a.EntityId == eventId && a.Action == Parta.Auditing.AuditAction.Changed)
            .Select(a => new { a.Field, a.Reason }).ToListAsync());
        Assert.Contains(audit, a => a.Field == "OrderId" && a.Reason == "опечатка в номере приказа");
        Assert.Contains(audit, a => a.Field == "Reason" && a.Reason == "опечатка в номере приказа");
        Assert.Contains("Орлова Анна Игоревна", await ListAsync(client, class5A, "2026-09-01"));
        Assert.Equal(1, await app.WithDbAsync(school.Id, d => d.MovementEvents.CountAsync()));

        static Dictionary<string, string> Fields(string number, string date, string why) => new()
        {
            ["OrderNumber"] = number, ["OrderDate"] = date, ["Reason"] = "заявление о приёме", ["CorrectionReason"] = why,
        };
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Correct_ATransfer_KeepsNoOtherSchool_EvenWhenOneIsPosted(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var class5A = await app.CreateClassAsync(school, 5, "А");
        var class5B = await app.CreateClassAsync(school, 5, "Б");
        var studentId = await app.AddStudentAsync(school, class5A, "Орлова", "Анна");
        await app.RecordMovementAsync(school, studentId, MovementKind.Transfer, class5B, new DateOnly(2026, 10, 1), "20-у");
        var eventId = await app.WithDbAsync(school.Id, d => d.MovementEvents.Where(e => e.Kind == MovementKind.Transfer).Select(e => e.Id).SingleAsync());
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(school, SchoolRole.Coordinator));

        var form = await client.GetDocumentAsync($"/Movement/Correct?id={eventId}");
        var corrected = await client.SubmitFormAsync($"/Movement/Correct?id={eventId}", new Dictionary<string, string>
        {
            ["OrderNumber"] = "20-у", ["OrderDate"] = "2026-10-01", ["OtherSchool"] = "МБОУ СОШ № 3", ["CorrectionReason"] = "уточнение",
        });

        Assert.Null(form.QuerySelector("#OtherSchool"));
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        Assert.Null(await app.WithDbAsync(school.Id, d => d.MovementEvents.Where(e => e.Id == eventId).Select(e => e.OtherSchool).SingleAsync()));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Api_OneRecord_IsWhereCreatedPoints_AndAnotherSchoolsIs404(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var (class5A, studentId) = await app.CreateStudentAsync(school, "Ланская", enrolled: false);
        var coordinator = await app.CreateUserAsync(school, SchoolRole.Coordinator);
        using var api = app.ApiClient(await app.TokenAsync(coordinator.Login, coordinator.Password));
        var created = await api.PostAsync($"/api/v1/schools/{school.Id}/movement", Json(new { kind = "admission", studentId, classId = class5A, date = "2026-09-01", orderNumber = "7", orderDate = "2026-09-01" }));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var one = await api.GetFromJsonAsync<System.Text.Json.JsonElement>(created.Headers.Location!.ToString());

        Assert.Equal("admission", one.GetProperty("kind").GetString());
        Assert.Equal("Ланская Анна Игоревна", one.GetProperty("studentName").GetString());
        var other = await app.CreateSchoolAsync();
        var stranger = await app.CreateUserAsync(other, SchoolRole.Coordinator);
        using var strangerApi = app.ApiClient(await app.TokenAsync(stranger.Login, stranger.Password));
        var eventId = one.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await strangerApi.GetAsync($"/api/v1/schools/{other.Id}/movement/{eventId}")).StatusCode);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Report_OpeningEnrolment_IsCountedAtTheStart_NotAsAnArrival(Db db)
    {
        var app = await apps.GetAsync(db);
        var school = await app.CreateSchoolAsync();
        var class5A = await app.CreateClassAsync(school, 5, "А");
        var first = await app.AddStudentAsync(school, null, "Белова", "Ольга");
        var second = await app.AddStudentAsync(school, null, "Ежов", "Иван");
        await app.RecordMovementAsync(school, first, MovementKind.OpeningEnrolment, class5A, new DateOnly(2026, 9, 1));
        await app.RecordMovementAsync(school, second, MovementKind.OpeningEnrolment, class5A, new DateOnly(2026, 9, 1));
        await app.AddStudentAsync(school, class5A, "Журавлёва", "Дарья", admittedOn: new DateOnly(2026, 11, 9));
        var coordinator = await app.CreateUserAsync(school, SchoolRole.Coordinator);
        using var client = await app.SignedInClientAsync(coordinator);
        using var api = app.ApiClient(await app.TokenAsync(coordinator.Login, coordinator.Password));

        var page = await client.GetDocumentAsync("/Movement/Report?from=2026-09-01&to=2026-11-30");
        var again = await api.PostAsJsonAsync($"/api/v1/schools/{school.Id}/movement", new
        {
            kind = "openingEnrolment", studentId = first, classId = class5A, date = "2026-11-20", orderNumber = "1", orderDate = "2026-11-20",
        });

        var row = page.QuerySelectorAll("tbody tr").First(r => r.QuerySelector("th")!.TextContent.Trim() == "5А");
        var cells = row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal("2", cells[0]); // на начало
        Assert.Equal("1", cells[1]); // прибыло из других школ
        Assert.Equal("3", cells[^1]); // на конец
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        var problem = await again.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        Assert.StartsWith("Зачисление на начало учёта бывает только первой записью", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Report_OnTheDemoSchool_TotalsAgreeForEveryClass(Db db)
    {
        await using var app = await apps.CreateSeparateAsync(db, new Dictionary<string, string?>());
        using (var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateScope(app.Services))
        {
            await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Parta.Demo.DemoPreset>(scope.ServiceProvider).SeedAsync();
        }

        var schoolId = await app.WithDbAsync(null, d => d.Schools.Where(s => s.IsDemo).Select(s => s.Id).SingleAsync());
        var (lines, total) = await ReportAsync(app, schoolId, new DateOnly(2026, 9, 1), new DateOnly(2026, 12, 31));

        Assert.All(lines, l => Assert.True(l.Agrees, l.ClassName));
        Assert.All(lines, l => Assert.True(l.AtStart > 0, $"{l.ClassName}: на начало {l.AtStart}"));
        Assert.True(total.Agrees);
        Assert.Equal(1, total.Arrived); // the one arrival of November; the opening enrolment of 1 September is «на начало»
        Assert.Equal(total.AtStart + total.Arrived - total.Withdrawn.Values.Sum(), total.AtEnd);
        Assert.Equal(1, total.TransferredIn);
        Assert.Equal(1, total.Withdrawn[WithdrawalReason.Moving]);
    }

    private static async Task<List<string>> ListAsync(HttpClient client, Guid classId, string date)
    {
        var page = await client.GetDocumentAsync($"/Movement/ClassList?classId={classId}&date={date}");
        return page.QuerySelectorAll("ol.class-list li").Select(li => li.TextContent.Trim()).ToList();
    }

    private static StringContent Json(object body) =>
        new(System.Text.Json.JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");
}
