using System.Net;
using Parta.Web.Tests.Infrastructure;
using Parta.Web.Tests.Journal;

namespace Parta.Web.Tests.Reports;

/// <summary>
/// Student progress for a period: each subject's marks of the period, the journal's weighted average and the period mark.
/// Anna, second quarter: mathematics on 09.11 — answer (weight 1) 5, control (3) 3, test (2) 4 → (5 + 9 + 8) / 6 = 3.67;
/// Russian on 12.11: 4 → 4.00; physical education (pass/fail) on 12.11: «зач», no average.
/// </summary>
public sealed class StudentProgressTests(TestApps apps)
{
    private static async Task<ReportWorld> WithMarksAsync(PartaAppFactory app)
    {
        var r = await app.CreateReportWorldAsync();
        var w = r.W;
        await app.SetSecondQuarterAsync(r);
        using var ivanova = await app.ApiAsAsync(w.Teacher);
        var monday = await app.LessonAsync(w, w.Maths, new DateOnly(2026, 11, 9));
        var answer = await ivanova.AddAssessmentAsync(monday, "answer");
        var control = await ivanova.AddAssessmentAsync(monday, "control");
        var test = await ivanova.AddAssessmentAsync(monday, "test");
        await ivanova.SetMarkAsync(answer, w.Anna, "5");
        await ivanova.SetMarkAsync(control, w.Anna, "3");
        await ivanova.SetMarkAsync(test, w.Anna, "4");
        await ivanova.SetMarkAsync(answer, w.Boris, "2");
        var pe = await app.LessonAsync(w, w.Pe, new DateOnly(2026, 11, 12));
        await ivanova.SetMarkAsync(await ivanova.AddAssessmentAsync(pe, "answer"), w.Anna, "зач");
        using var petrova = await app.ApiAsAsync(w.Petrova);
        var russian = await app.LessonAsync(w, w.Russian, new DateOnly(2026, 11, 12));
        await petrova.SetMarkAsync(await petrova.AddAssessmentAsync(russian, "answer"), w.Anna, "4");
        return r;
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Page_ShowsMarksTheJournalsAverageAndThePeriodMark(Db db)
    {
        var app = await apps.GetAsync(db);
        var r = await WithMarksAsync(app);
        var client = await app.SignedInClientAsync(r.W.ClassTeacher);
        using var api = await app.ApiAsAsync(r.W.Teacher);
        var journal = await api.JournalAsync(r.W.Maths, r.W.SecondQuarter);

        var page = await client.GetDocumentAsync($"/Reports/Progress?classId={r.W.ClassId}&periodId={r.W.SecondQuarter}");

        var table = ClassPeriodReportTests.Table(page, 0);
        Assert.Equal(["Учащийся", "Предмет", "Отметки за период", "Средний балл", "За период"], table[0]);
        Assert.Equal(["Антонова Анна Сергеевна", "Математика", "5 3 4", "3,67", "5"], table[1]);
        Assert.Equal(["", "Русский язык", "4", "4,00", "5"], table[2]);
        Assert.Equal(["", "Физическая культура", "зач", "", "осв"], table[3]);
        Assert.Equal(["Борисов Борис Ильич", "Математика", "2", "2,00", "4"], table[4]);
        // The same average as the journal's (one function over one query).
        Assert.Equal(journal.WeightedOf(r.W.Anna).GetDecimal().ToString("0.00", System.Globalization.CultureInfo.GetCultureInfo("ru-RU")), table[1][3]);
        Assert.Equal(1 + 6 * 3, table.Count);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Page_OneStudent_OnlyTheirRows_AStudentNotInTheClassIsSaid(Db db)
    {
        var app = await apps.GetAsync(db);
        var r = await WithMarksAsync(app);
        var client = await app.SignedInClientAsync(r.W.ClassTeacher);

        var boris = await client.GetDocumentAsync($"/Reports/Progress?classId={r.W.ClassId}&periodId={r.W.SecondQuarter}&studentId={r.W.Boris}");
        var gleb = await client.GetDocumentAsync($"/Reports/Progress?classId={r.W.ClassId}&periodId={r.W.SecondQuarter}&studentId={r.W.Gleb}");

        var table = ClassPeriodReportTests.Table(boris, 0);
        Assert.Equal(4, table.Count);
        Assert.Equal("Борисов Борис Ильич", table[1][0]);
        Assert.Contains("нет в классе", gleb.QuerySelector(".alert-warning")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(1 + 6 * 3, ClassPeriodReportTests.Table(gleb, 0).Count);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Xlsx_ReadBack_EqualsTheScreen(Db db)
    {
        var app = await apps.GetAsync(db);
        var r = await WithMarksAsync(app);
        var client = await app.SignedInClientAsync(r.W.Director);
        var query = $"classId={r.W.ClassId}&periodId={r.W.SecondQuarter}";
        var page = await client.GetDocumentAsync($"/Reports/Progress?{query}");

        using var response = await client.GetAsync($"/Reports/Progress?handler=Xlsx&{query}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await ClassPeriodReportTests.AssertXlsxEqualsScreenAsync(await response.Content.ReadAsByteArrayAsync(), page);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Page_EmptyPeriod_RowsWithoutMarks(Db db)
    {
        var app = await apps.GetAsync(db);
        var r = await app.CreateReportWorldAsync();
        var client = await app.SignedInClientAsync(r.W.ClassTeacher);

        var page = await client.GetDocumentAsync($"/Reports/Progress?classId={r.W.ClassId}&periodId={r.W.FirstQuarter}");
        using var xlsx = await client.GetAsync($"/Reports/Progress?handler=Xlsx&classId={r.W.ClassId}&periodId={r.W.FirstQuarter}");

        var table = ClassPeriodReportTests.Table(page, 0);
        Assert.Equal(["Антонова Анна Сергеевна", "Математика", "", "", ""], table[1]);
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

        foreach (var handler in new[] { "", "handler=Xlsx&" })
        {
            var url = $"/Reports/Progress?{handler}classId={w.ClassId}&studentId={w.Anna}";
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(w.ClassTeacher, url));
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(w.Director, url));
            Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(w.Petrova, url));
            Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(w.Parent, url));
            Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(w.AnnaAccount, url));
            Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(other.Director, url));
        }
    }
}
