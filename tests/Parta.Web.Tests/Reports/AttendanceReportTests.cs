using System.Net;
using AngleSharp.Dom;
using MiniExcelLibs;
using Parta.Access;
using Parta.Web.Tests.Infrastructure;
using Parta.Web.Tests.Journal;

namespace Parta.Web.Tests.Reports;

/// <summary>
/// Посещаемость over <see cref="JournalWorld"/> in November: Анна «Н» twice in mathematics, «Б» once in Russian and late
/// («ОП») once; Борис «УП» once; Дарья «Н» in 5Ж's mathematics on 10.11 and, after her transfer on 16.11, «Н» in 5И's on 17.11.
/// </summary>
public sealed class AttendanceReportTests(TestApps apps)
{
    private static readonly string[] SheetColumns = ["B", "C", "D", "E", "F"];

    private static async Task<JournalWorld> AttendanceWorldAsync(PartaAppFactory app)
    {
        var w = await app.CreateJournalWorldAsync();
        await app.AddAttendanceAsync(w, await app.LessonAsync(w, w.Maths, new DateOnly(2026, 11, 9)), w.Anna, "Н");
        await app.AddAttendanceAsync(w, await app.LessonAsync(w, w.Maths, new DateOnly(2026, 11, 11)), w.Anna, "Н");
        await app.AddAttendanceAsync(w, await app.LessonAsync(w, w.Russian, new DateOnly(2026, 11, 12)), w.Anna, "Б");
        await app.AddAttendanceAsync(w, await app.LessonAsync(w, w.Maths, new DateOnly(2026, 11, 13)), w.Anna, "ОП");
        await app.AddAttendanceAsync(w, await app.LessonAsync(w, w.Maths, new DateOnly(2026, 11, 13)), w.Boris, "УП");
        await app.AddAttendanceAsync(w, await app.LessonAsync(w, w.Maths, new DateOnly(2026, 11, 10)), w.Darya, "Н");
        await app.AddAttendanceAsync(w, await app.LessonAsync(w, w.OtherMaths, new DateOnly(2026, 11, 17)), w.Darya, "Н");
        return w;
    }

    /// <summary>The table's rows as «name: missed Н УП Б ОП».</summary>
    private static List<string> Rows(IDocument page) =>
        page.QuerySelectorAll("table.report tbody tr")
            .Select(r => r.QuerySelector("th")!.TextContent.Trim() + ": " + string.Join(" ", r.QuerySelectorAll("td").Select(td => td.TextContent.Trim())))
            .ToList();

    private static List<string> Headers(IDocument page) => page.QuerySelectorAll("table.report thead th").Select(th => th.TextContent.Trim()).ToList();

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Class_ForNovember_CountsEachCodePerStudent_WhileInTheClass(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await AttendanceWorldAsync(app);
        using var classTeacher = await app.SignedInClientAsync(w.ClassTeacher);

        var page = await classTeacher.GetDocumentAsync("/Reports/Attendance?from=2026-11-01&to=2026-11-30");

        Assert.Equal(["Учащийся", "Пропущено уроков", "Н", "УП", "Б", "ОП"], Headers(page));
        Assert.Equal(
            [
                "Антонова Анна Сергеевна: 3 2 0 1 1", "Борисов Борис Ильич: 1 0 1 0 0", "Васильева Вера Олеговна: 0 0 0 0 0",
                "Глебов Глеб Петрович: 0 0 0 0 0", "Дарьина Дарья Ивановна: 1 1 0 0 0", "Итого по классу: 5 3 1 1 1",
            ],
            Rows(page));
        Assert.Contains("С 01.11.2026 по 30.11.2026", page.QuerySelector(".report-table")!.TextContent, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task SchoolAndStudent_ForNovember_CountPerClassAndPerSubject(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await AttendanceWorldAsync(app);
        using var director = await app.SignedInClientAsync(w.Director);

        var school = await director.GetDocumentAsync("/Reports/Attendance?from=2026-11-01&to=2026-11-30");
        var anna = await director.GetDocumentAsync($"/Reports/Attendance?from=2026-11-01&to=2026-11-30&studentId={w.Anna}");
        var firstWeeks = await director.GetDocumentAsync($"/Reports/Attendance?from=2026-11-01&to=2026-11-10&classId={w.ClassId}");

        Assert.Equal(["5Ж: 5 5 3 1 1 1", "5И: 1 1 1 0 0 0", "Итого по школе: 6 6 4 1 1 1"], Rows(school));
        Assert.Equal(["Математика: 2 2 0 0 1", "Русский язык: 1 0 0 1 0", "Итого: 3 2 0 1 1"], Rows(anna));
        Assert.Contains("Антонова Анна Сергеевна: 1 1 0 0 0", Rows(firstWeeks));
        // Another class chosen while a student of the first was selected: that class's report.
        var otherClass = await director.GetDocumentAsync($"/Reports/Attendance?from=2026-11-01&to=2026-11-30&classId={w.OtherClassId}&studentId={w.Anna}");
        Assert.Equal(["Дарьина Дарья Ивановна: 1 1 0 0 0", "Итого по классу: 1 1 0 0 0"], Rows(otherClass));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Range_LongerThanAYearOrBackwards_IsRefusedOnThePage(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await AttendanceWorldAsync(app);
        using var director = await app.SignedInClientAsync(w.Director);

        using var tooLong = await director.GetAsync("/Reports/Attendance?from=2026-09-01&to=2027-09-02");
        var backwards = await director.GetDocumentAsync("/Reports/Attendance?from=2026-11-30&to=2026-11-01");
        var aYear = await director.GetDocumentAsync("/Reports/Attendance?from=2026-09-01&to=2027-09-01");
        var defaults = await director.GetDocumentAsync("/Reports/Attendance");

        Assert.Equal(HttpStatusCode.OK, tooLong.StatusCode);
        var refused = await PageClient.ParseAsync(tooLong);
        Assert.Contains("не длиннее 366 дней", refused.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(refused.QuerySelectorAll("table.report"));
        Assert.Equal("2027-09-02", refused.QuerySelector("input#To")!.GetAttribute("value"));
        Assert.Contains("Дата начала позже даты окончания.", backwards.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Single(aYear.QuerySelectorAll("table.report"));
        Assert.Equal(("2026-11-01", "2026-11-30"), (defaults.QuerySelector("input#From")!.GetAttribute("value"), defaults.QuerySelector("input#To")!.GetAttribute("value")));
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Xlsx_HoldsTheScreensTable(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await AttendanceWorldAsync(app);
        using var director = await app.SignedInClientAsync(w.Director);
        var url = $"/Reports/Attendance?from=2026-11-01&to=2026-11-30&classId={w.ClassId}";

        var page = await director.GetDocumentAsync(url);
        using var file = await director.GetAsync(url + "&handler=Xlsx");

        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        var rows = MiniExcel.Query(new MemoryStream(await file.Content.ReadAsByteArrayAsync())).Cast<IDictionary<string, object?>>().ToList();
        var header = rows.FindIndex(r => Equals(r["A"], "Учащийся"));
        var sheet = rows.Skip(header + 1).TakeWhile(r => r["A"] is not null)
            .Select(r => $"{r["A"]}: " + string.Join(" ", SheetColumns.Select(k => Convert.ToString(r[k], System.Globalization.CultureInfo.InvariantCulture))))
            .ToList();
        Assert.Equal(Rows(page), sheet);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Access_ClassTeacherOnlyTheirClass_FamilyRefused_AnotherSchoolNotFound(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await AttendanceWorldAsync(app);
        var other = await app.CreateJournalWorldAsync();
        using var classTeacher = await app.SignedInClientAsync(w.ClassTeacher);
        using var teacher = await app.SignedInClientAsync(w.Teacher);
        using var parent = await app.SignedInClientAsync(w.Parent);
        using var student = await app.SignedInClientAsync(w.AnnaAccount);
        using var director = await app.SignedInClientAsync(w.Director);

        Assert.Equal(HttpStatusCode.Forbidden, (await classTeacher.GetAsync($"/Reports/Attendance?classId={w.OtherClassId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await classTeacher.GetAsync($"/Reports/Attendance?studentId={w.Darya}&from=2026-11-20&to=2026-11-30")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await classTeacher.GetAsync($"/Reports/Attendance?studentId={w.Anna}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.GetAsync("/Reports/Attendance")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await parent.GetAsync($"/Reports/Attendance?studentId={w.Anna}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await student.GetAsync("/Reports/Attendance?handler=Xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await director.GetAsync($"/Reports/Attendance?classId={other.ClassId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await director.GetAsync($"/Reports/Attendance?studentId={other.Anna}")).StatusCode);
    }
}
