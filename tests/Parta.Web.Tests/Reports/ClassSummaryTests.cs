using System.Net;
using Parta.Web.Tests.Infrastructure;
using Parta.Web.Tests.Journal;
using UglyToad.PdfPig;

namespace Parta.Web.Tests.Reports;

/// <summary>
/// The summary sheet of the hand-counted class (<see cref="ClassPeriodReportTests"/>), second quarter, each subject's
/// measures at the bottom by the same rule as the class teacher's report:
/// <code>
/// матем.  5 4 5 н/а 4 2   успеваемость 4/6 = 66.67, качество 4/6 = 66.67, средний 20/5 = 4.00, СОУ (200+128+16+7)/6 = 58.50
/// рус.    5 5 3 3   4 1   успеваемость 5/6 = 83.33, качество 3/6 = 50.00, средний 21/6 = 3.50, СОУ (200+64+72+7)/6 = 57.17
/// физ-ра  осв зач зач зач незач зач: успеваемость 5/6 = 83.33, качество 0.00, средний и СОУ — (no five-point marks)
/// </code>
/// </summary>
public sealed class ClassSummaryTests(TestApps apps)
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Page_SecondQuarter_ShowsMarksAndEachSubjectsMeasures(Db db)
    {
        var app = await apps.GetAsync(db);
        var r = await app.CreateReportWorldAsync();
        await app.SetSecondQuarterAsync(r);
        var client = await app.SignedInClientAsync(r.W.ClassTeacher);

        var page = await client.GetDocumentAsync($"/Reports/Summary?classId={r.W.ClassId}&periodId={r.W.SecondQuarter}");

        var table = ClassPeriodReportTests.Table(page, 0);
        Assert.Equal(["№", "Учащийся", "матем.", "рус. яз.", "физ-ра"], table[0]);
        Assert.Equal(["3", "Васильева Вера Олеговна", "5", "3", "зач"], table[3]);
        Assert.Equal(["", "Успеваемость, %", "66,67", "83,33", "83,33"], table[^4]);
        Assert.Equal(["", "Качество, %", "66,67", "50,00", "0,00"], table[^3]);
        Assert.Equal(["", "Средний балл", "4,00", "3,50", "—"], table[^2]);
        Assert.Equal(["", "СОУ, %", "58,50", "57,17", "—"], table[^1]);
        Assert.Equal(6 + 4 + 1, table.Count);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Page_Year_ShowsEachPeriodAndTheYearMarkUnderTheSubject(Db db)
    {
        var app = await apps.GetAsync(db);
        var r = await app.CreateReportWorldAsync();
        await app.SetSecondQuarterAsync(r);
        await app.SetPeriodMarksAsync(r, r.W.FirstQuarter, (r.W.Anna, r.MathsSubject, "4"));
        await app.SetYearMarksAsync(r, (r.W.Anna, r.MathsSubject, "5"));
        var client = await app.SignedInClientAsync(r.W.Director);

        var page = await client.GetDocumentAsync($"/Reports/Summary?classId={r.W.ClassId}&periodId=year");

        Assert.Equal("Год", page.QuerySelector("#periodId option[selected]")?.TextContent);
        var groups = page.QuerySelectorAll("table.report thead tr")[0].QuerySelectorAll("th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Equal(["", "матем.", "рус. яз.", "физ-ра"], groups);
        var table = ClassPeriodReportTests.Table(page, 0);
        Assert.Equal(["№", "Учащийся", "1", "2", "Год", "1", "2", "Год", "1", "2", "Год"], table[0]);
        Assert.Equal(["1", "Антонова Анна Сергеевна", "4", "5", "5", "", "5", "", "", "осв", ""], table[1]);
        // The year's students are those of the last period's counting day: Глеб and Дарья are not on the sheet.
        Assert.DoesNotContain(table, row => row[1].StartsWith("Глебов", StringComparison.Ordinal));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Xlsx_ReadBack_EqualsTheScreen_PeriodAndYear(Db db)
    {
        var app = await apps.GetAsync(db);
        var r = await app.CreateReportWorldAsync();
        await app.SetSecondQuarterAsync(r);
        await app.SetYearMarksAsync(r, (r.W.Anna, r.MathsSubject, "5"));
        var client = await app.SignedInClientAsync(r.W.ClassTeacher);

        foreach (var period in new[] { r.W.SecondQuarter.ToString(), "year" })
        {
            var query = $"classId={r.W.ClassId}&periodId={period}";
            var page = await client.GetDocumentAsync($"/Reports/Summary?{query}");
            using var response = await client.GetAsync($"/Reports/Summary?handler=Xlsx&{query}");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await ClassPeriodReportTests.AssertXlsxEqualsScreenAsync(await response.Content.ReadAsByteArrayAsync(), page);
        }
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Pdf_ReadBack_IsLandscapeWithTheClassAndTheMeasures(Db db)
    {
        var app = await apps.GetAsync(db);
        var r = await app.CreateReportWorldAsync();
        await app.SetSecondQuarterAsync(r);
        var client = await app.SignedInClientAsync(r.W.ClassTeacher);

        using var response = await client.GetAsync($"/Reports/Summary?handler=Pdf&classId={r.W.ClassId}&periodId={r.W.SecondQuarter}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var first = pdf.GetPage(1);
        Assert.True(first.Width > first.Height);
        var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("Сводная ведомость", text, StringComparison.Ordinal);
        Assert.Contains("5Ж,", text, StringComparison.Ordinal);
        foreach (var number in new[] { "66,67", "83,33", "57,17", "58,50" })
        {
            Assert.Contains(number, text, StringComparison.Ordinal);
        }
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Page_EmptyPeriod_MarksEmptyAndMeasuresDashed(Db db)
    {
        var app = await apps.GetAsync(db);
        var r = await app.CreateReportWorldAsync();
        var client = await app.SignedInClientAsync(r.W.ClassTeacher);

        var page = await client.GetDocumentAsync($"/Reports/Summary?classId={r.W.ClassId}&periodId={r.W.SecondQuarter}");
        using var pdf = await client.GetAsync($"/Reports/Summary?handler=Pdf&classId={r.W.ClassId}&periodId=year");

        var table = ClassPeriodReportTests.Table(page, 0);
        Assert.Equal(["", "Успеваемость, %", "—", "—", "—"], table[^4]);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
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
            var url = $"/Reports/Summary?{handler}classId={w.ClassId}&periodId=year";
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(w.ClassTeacher, url));
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(w.Director, url));
            Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(w.Petrova, url));
            Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(w.Teacher, url));
            Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(w.Parent, url));
            Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(w.AnnaAccount, url));
            Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(other.Director, url));
        }
    }
}
