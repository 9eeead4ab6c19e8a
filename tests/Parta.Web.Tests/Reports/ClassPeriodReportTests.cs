using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using MiniExcelLibs;
using Parta.Web.Tests.Infrastructure;
using Parta.Web.Tests.Journal;
using UglyToad.PdfPig;

namespace Parta.Web.Tests.Reports;

/// <summary>
/// The class teacher's period report against a class counted by hand. Second quarter of 5Ж (today 30.11, so the
/// students are those in the class on 30.11):
/// <code>
///              матем.  рус.  физ-ра   standing
/// Антонова     5       5     осв      excellent
/// Борисов      4       5     зач      good, one 4
/// Васильева    5       3     зач      one 3          (arrived 10.11: counts)
/// Егоров       н/а     3     зач      failing, not assessed
/// Жанова       4       4     незач    failing (незач)
/// Ильин        2       1     зач      failing
/// Глебов       2       2              left 18.11: not counted
/// Дарьина      2                      moved to 5И 16.11: not counted
/// </code>
/// 6 students; excellent 1, good 1 (with one 4: 1), with one 3: 1, failing 3, not assessed 1.
/// успеваемость = (6 − 3) / 6 = 50.00 %; качество = (1 + 1) / 6 = 33.33 %.
/// Five-point marks: n5 = 4, n4 = 3, n3 = 2, n2 = 1, n1 = 1 (11 marks, sum 41), nн/а = 1:
/// средний балл = 41 / 11 = 3.7272… → 3.73; СОУ = (400 + 192 + 72 + 16 + 7 + 7) / 12 = 694 / 12 = 57.833… → 57.83.
/// Missed: Борисов «Н» 16.11, Васильева «Б» 17.11, Антонова «УП» 23.11, Егоров «Н» 19.11 (physical education) = 4, of
/// them excused 1, ill 1; not counted: Васильева «ОП» (late), Глебов «Н» 16.11 (left), Борисов «Н» 01.12 (after today).
/// </summary>
public sealed class ClassPeriodReportTests(TestApps apps)
{
    private static readonly string[] ContractFields =
    [
        "students", "excellent", "good", "withOneFour", "withOneThree", "failing", "notAssessed", "successRate", "qualityRate",
        "averageMark", "sou", "missedLessons", "missedExcused", "missedIll",
    ];

    private static async Task<ReportWorld> HandCountedClassAsync(PartaAppFactory app)
    {
        var r = await app.CreateReportWorldAsync();
        var w = r.W;
        await app.SetSecondQuarterAsync(r);
        await app.SetPeriodMarksAsync(r, w.FirstQuarter, (w.Anna, r.MathsSubject, "3"));
        using var teacher = await app.ApiAsAsync(w.Teacher);
        foreach (var (date, assignment, student, code) in new[]
                 {
                     (new DateOnly(2026, 11, 16), w.Maths, w.Boris, "Н"), (new DateOnly(2026, 11, 16), w.Maths, w.Gleb, "Н"),
                     (new DateOnly(2026, 11, 17), w.Maths, w.Vera, "Б"), (new DateOnly(2026, 11, 23), w.Maths, w.Anna, "УП"),
                     (new DateOnly(2026, 11, 24), w.Maths, w.Vera, "ОП"), (new DateOnly(2026, 11, 19), w.Pe, r.Egor, "Н"),
                 })
        {
            using var response = await teacher.PutAttendanceAsync(await app.LessonAsync(w, assignment, date), student, new { code });
            Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        }

        await app.SetAttendanceDirectAsync(r, await app.LessonAsync(w, w.Maths, new DateOnly(2026, 12, 1)), w.Boris, "Н");
        return r;
    }

    private static string Url(ReportWorld r, Guid periodId) => $"/api/v1/classes/{r.W.ClassId}/reports/period?periodId={periodId}";

    // ---- The API: the contract and the hand count ----

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Get_SecondQuarter_GivesTheContractFieldsAndTheHandCount(Db db)
    {
        var app = await apps.GetAsync(db);
        var r = await HandCountedClassAsync(app);
        using var api = await app.ApiAsAsync(r.W.ClassTeacher);

        var report = await api.GetFromJsonAsync<JsonElement>(Url(r, r.W.SecondQuarter));

        Assert.Equal(ContractFields, report.EnumerateObject().Select(p => p.Name));
        Assert.Equal(6, report.GetProperty("students").GetInt32());
        Assert.Equal(1, report.GetProperty("excellent").GetInt32());
        Assert.Equal(1, report.GetProperty("good").GetInt32());
        Assert.Equal(1, report.GetProperty("withOneFour").GetInt32());
        Assert.Equal(1, report.GetProperty("withOneThree").GetInt32());
        Assert.Equal(3, report.GetProperty("failing").GetInt32());
        Assert.Equal(1, report.GetProperty("notAssessed").GetInt32());
        Assert.Equal(50.00m, report.GetProperty("successRate").GetDecimal());
        Assert.Equal(33.33m, report.GetProperty("qualityRate").GetDecimal());
        Assert.Equal(3.73m, report.GetProperty("averageMark").GetDecimal());
        Assert.Equal(57.83m, report.GetProperty("sou").GetDecimal());
        Assert.Equal(4, report.GetProperty("missedLessons").GetInt32());
        Assert.Equal(1, report.GetProperty("missedExcused").GetInt32());
        Assert.Equal(1, report.GetProperty("missedIll").GetInt32());
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Get_PeriodWithoutMarks_CountsStudents_RatesNull(Db db)
    {
        var app = await apps.GetAsync(db);
        var r = await app.CreateReportWorldAsync();
        using var api = await app.ApiAsAsync(r.W.Director);

        var report = await api.GetFromJsonAsync<JsonElement>(Url(r, r.W.SecondQuarter));

        // On 30.11: Анна, Борис, Вера, Егор, Жанна, Илья (Глеб left, Дарья moved).
        Assert.Equal(6, report.GetProperty("students").GetInt32());
        Assert.Equal(0, report.GetProperty("excellent").GetInt32());
        Assert.Equal(0, report.GetProperty("failing").GetInt32());
        foreach (var field in new[] { "successRate", "qualityRate", "averageMark", "sou" })
        {
            Assert.Equal(JsonValueKind.Null, report.GetProperty(field).ValueKind);
        }
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Get_FirstQuarter_CountsThoseInTheClassOnItsLastDay(Db db)
    {
        var app = await apps.GetAsync(db);
        var r = await app.CreateReportWorldAsync();
        await app.SetPeriodMarksAsync(r, r.W.FirstQuarter, (r.W.Gleb, r.MathsSubject, "5"), (r.W.Darya, r.MathsSubject, "4"), (r.W.Vera, r.MathsSubject, "2"));
        using var api = await app.ApiAsAsync(r.W.ClassTeacher);

        var report = await api.GetFromJsonAsync<JsonElement>(Url(r, r.W.FirstQuarter));

        // On 24.10: Анна, Борис, Глеб, Дарья, Егор, Жанна, Илья; Вера arrived later, her mark is not counted.
        Assert.Equal(7, report.GetProperty("students").GetInt32());
        Assert.Equal(1, report.GetProperty("excellent").GetInt32());
        Assert.Equal(1, report.GetProperty("good").GetInt32());
        Assert.Equal(0, report.GetProperty("failing").GetInt32());
        Assert.Equal(4.5m, report.GetProperty("averageMark").GetDecimal());
        // (100 + 64) / 2 = 82
        Assert.Equal(82m, report.GetProperty("sou").GetDecimal());
    }

    // ---- The API: who may ask ----

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Get_ByRole_ClassTeacherAndAdministrationRead_OthersRefused(Db db)
    {
        var app = await apps.GetAsync(db);
        var r = await app.CreateReportWorldAsync();
        var w = r.W;
        await app.MakeClassTeacherAsync(w.School, w.OtherClassId, w.Petrova);
        var other = await app.CreateJournalWorldAsync();

        async Task<HttpStatusCode> StatusAsync(TestUser user, string url)
        {
            using var api = await app.ApiAsAsync(user);
            using var response = await api.GetAsync(url);
            return response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(w.ClassTeacher, Url(r, w.SecondQuarter)));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(w.Director, Url(r, w.SecondQuarter)));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(w.Petrova, Url(r, w.SecondQuarter)));   // class teacher of 5И
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(w.Teacher, Url(r, w.SecondQuarter)));   // teaches 5Ж, does not lead it
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(w.Parent, Url(r, w.SecondQuarter)));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(w.AnnaAccount, Url(r, w.SecondQuarter)));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(other.Director, Url(r, w.SecondQuarter)));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(other.ClassTeacher, Url(r, w.SecondQuarter)));
        using var anonymous = app.NewClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(Url(r, w.SecondQuarter))).StatusCode);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Get_UnknownPeriodOrAnotherSchoolsPeriod_Is422(Db db)
    {
        var app = await apps.GetAsync(db);
        var r = await app.CreateReportWorldAsync();
        var other = await app.CreateJournalWorldAsync();
        using var api = await app.ApiAsAsync(r.W.ClassTeacher);

        using var unknown = await api.GetAsync(Url(r, Guid.NewGuid()));
        using var foreign = await api.GetAsync(Url(r, other.SecondQuarter));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, foreign.StatusCode);
        Assert.Contains("учебном году класса", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    // ---- The screen, the PDF and the XLSX ----

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Page_ClassTeacherWithoutChoosing_OpensTheirClassAndTheQuarterWithMarks(Db db)
    {
        var app = await apps.GetAsync(db);
        var r = await HandCountedClassAsync(app);
        var client = await app.SignedInClientAsync(r.W.ClassTeacher);

        var page = await client.GetDocumentAsync("/Reports/ClassPeriod");

        Assert.Equal("5Ж", page.QuerySelector("#classId option[selected]")?.TextContent);
        Assert.StartsWith("2 четверть", page.QuerySelector("#periodId option[selected]")?.TextContent, StringComparison.Ordinal);
        var measures = Table(page, 0);
        Assert.Equal(["Успеваемость, %", "50,00"], measures.Single(row => row[0] == "Успеваемость, %"));
        Assert.Equal(["СОУ, %", "57,83"], measures.Single(row => row[0] == "СОУ, %"));
        var students = Table(page, 1);
        Assert.Equal(
            ["Антонова Анна Сергеевна", "Борисов Борис Ильич", "Васильева Вера Олеговна", "Егоров Егор Андреевич", "Жанова Жанна Олеговна", "Ильин Илья Ильич"],
            students.Skip(1).Select(row => row[1]));
        Assert.Equal(["6", "Ильин Илья Ильич", "2", "1", "зач", "неуспевающий", "0"], students[^1]);
        Assert.Equal(["4", "Егоров Егор Андреевич", "н/а", "3", "зач", "не аттестован", "1"], students[4]);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Pdf_ReadBack_HasTheClassTheNumbersAndTheSignature(Db db)
    {
        var app = await apps.GetAsync(db);
        var r = await HandCountedClassAsync(app);
        var client = await app.SignedInClientAsync(r.W.ClassTeacher);

        using var response = await client.GetAsync($"/Reports/ClassPeriod?handler=Pdf&classId={r.W.ClassId}&periodId={r.W.SecondQuarter}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(word => word.Text));
        Assert.Contains("5Ж,", text, StringComparison.Ordinal);
        Assert.Contains(r.W.School.Name.Split(' ')[0], text, StringComparison.Ordinal);
        foreach (var number in new[] { "50,00", "33,33", "3,73", "57,83" })
        {
            Assert.Contains(number, text, StringComparison.Ordinal);
        }

        Assert.Contains("Классный руководитель", text, StringComparison.Ordinal);
        Assert.Contains("Руководителева", text, StringComparison.Ordinal);
        Assert.Contains("Ильин", text, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Xlsx_ReadBack_EqualsTheScreen(Db db)
    {
        var app = await apps.GetAsync(db);
        var r = await HandCountedClassAsync(app);
        var client = await app.SignedInClientAsync(r.W.ClassTeacher);
        var query = $"classId={r.W.ClassId}&periodId={r.W.SecondQuarter}";
        var page = await client.GetDocumentAsync($"/Reports/ClassPeriod?{query}");

        using var response = await client.GetAsync($"/Reports/ClassPeriod?handler=Xlsx&{query}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await AssertXlsxEqualsScreenAsync(await response.Content.ReadAsByteArrayAsync(), page);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Page_EmptyPeriod_ShowsEmptyTablesAndDashes(Db db)
    {
        var app = await apps.GetAsync(db);
        var r = await app.CreateReportWorldAsync();
        var client = await app.SignedInClientAsync(r.W.Director);
        var query = $"classId={r.W.ClassId}&periodId={r.W.FirstQuarter}";

        using var response = await client.GetAsync($"/Reports/ClassPeriod?{query}");
        using var pdf = await client.GetAsync($"/Reports/ClassPeriod?handler=Pdf&{query}");
        using var xlsx = await client.GetAsync($"/Reports/ClassPeriod?handler=Xlsx&{query}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var measures = Table(await PageClient.ParseAsync(response), 0);
        Assert.Equal(["Успеваемость, %", "—"], measures.Single(row => row[0] == "Успеваемость, %"));
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Page_ByRole_OtherClassTeacherParentStudentRefused_OtherSchoolNotFound(Db db)
    {
        var app = await apps.GetAsync(db);
        var r = await app.CreateReportWorldAsync();
        var w = r.W;
        await app.MakeClassTeacherAsync(w.School, w.OtherClassId, w.Petrova);
        var other = await app.CreateJournalWorldAsync();

        async Task<HttpStatusCode> StatusAsync(TestUser user, string url)
        {
            var client = await app.SignedInClientAsync(user);
            using var response = await client.GetAsync(url);
            return response.StatusCode;
        }

        foreach (var handler in new[] { "", "handler=Pdf&", "handler=Xlsx&" })
        {
            var url = $"/Reports/ClassPeriod?{handler}classId={w.ClassId}";
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(w.ClassTeacher, url));
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(w.Director, url));
            Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(w.Petrova, url));
            Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(w.Parent, url));
            Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(w.AnnaAccount, url));
            Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(other.Director, url));
        }

        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(w.Parent, "/Reports/ClassPeriod"));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(w.Parent, "/Reports"));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Page_PeriodNotOfTheClass_SaysSoAndShowsTheDefault(Db db)
    {
        var app = await apps.GetAsync(db);
        var r = await app.CreateReportWorldAsync();
        var client = await app.SignedInClientAsync(r.W.ClassTeacher);

        var page = await client.GetDocumentAsync($"/Reports/ClassPeriod?classId={r.W.ClassId}&periodId={Guid.NewGuid()}");

        Assert.Contains("учебном году класса", page.QuerySelector(".alert-warning")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("table.report"));
    }

    /// <summary>The rows of the n-th report table on the page: the column headers' row first, then the body's rows.</summary>
    internal static List<string[]> Table(IDocument page, int index)
    {
        var table = page.QuerySelectorAll("table.report")[index];
        var heads = table.QuerySelectorAll("thead tr");
        var header = heads[^1].QuerySelectorAll("th").Select(c => c.TextContent.Trim()).ToArray();
        var rows = table.QuerySelectorAll("tbody tr").Select(tr => tr.Children.Select(c => c.TextContent.Trim()).ToArray()).ToList();
        return [header, .. rows];
    }

    /// <summary>Each sheet of the XLSX, from its header row down, equals the screen's table of the same order, cell by cell as shown.</summary>
    internal static async Task AssertXlsxEqualsScreenAsync(byte[] xlsx, IDocument page)
    {
        using var stream = new MemoryStream(xlsx);
        var sheets = stream.GetSheetNames();
        var tables = page.QuerySelectorAll("table.report");
        Assert.Equal(tables.Length, sheets.Count);
        for (var i = 0; i < sheets.Count; i++)
        {
            var screen = Table(page, i);
            var hasGroups = tables[i].QuerySelectorAll("thead tr").Length > 1;
            var rows = (await stream.QueryAsync(useHeaderRow: false, sheetName: sheets[i])).Cast<IDictionary<string, object?>>().ToList();
            var headerIndex = rows.FindIndex(row => Equals(row["A"], screen[0][0]) && (screen[0].Length < 2 || Equals(row["B"], screen[0][1])));
            Assert.True(headerIndex > 0, $"No header row in sheet {sheets[i]}");
            if (hasGroups)
            {
                Assert.True(headerIndex > 1);
            }

            var bodyRows = screen.Count == 2 && tables[i].QuerySelectorAll("tbody td[colspan]").Length == 1 ? 0 : screen.Count - 1;
            for (var r = 0; r <= bodyRows; r++)
            {
                var row = rows[headerIndex + r];
                var cells = row.Values.Take(screen[r].Length).ToArray();
                Assert.Equal(screen[r].Length, cells.Length);
                for (var c = 0; c < cells.Length; c++)
                {
                    Assert.True(SameAsShown(cells[c], screen[r][c]), $"Sheet {sheets[i]}, row {r}, column {c}: «{cells[c]}» in the file, «{screen[r][c]}» on screen");
                }
            }
        }
    }

    /// <summary>A file's cell against the screen's text: a number equals the number shown («57,83», «6»), text equals text.</summary>
    private static bool SameAsShown(object? value, string shown) => value switch
    {
        null => shown.Length == 0,
        double or decimal or int or long => decimal.TryParse(shown, NumberStyles.Number, CultureInfo.GetCultureInfo("ru-RU"), out var number)
            && Math.Round(Convert.ToDecimal(value, CultureInfo.InvariantCulture), 2) == number,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) == shown,
    };
}
