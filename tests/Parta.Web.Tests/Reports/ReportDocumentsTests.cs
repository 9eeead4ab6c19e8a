using System.Net;
using Parta.Access;
using Parta.Web.Tests.Infrastructure;
using Parta.Web.Tests.Journal;

namespace Parta.Web.Tests.Reports;

/// <summary>
/// The printed documents of the reports (journal archive, report card, letter to parents) through HTTP, read back with
/// PdfPig: the right names, marks and counts, and who may print which.
/// </summary>
public sealed class ReportDocumentsTests(TestApps apps)
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Archive_ClassTeacher_GetsTheClassJournalsWithMarksTopicsAndPageNumbers(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await app.CreateDocumentsWorldAsync();
        using var classTeacher = await app.SignedInClientAsync(w.ClassTeacher);

        var choices = await classTeacher.GetDocumentAsync("/Reports/Archive");
        var pages = await classTeacher.PdfPagesAsync($"/Reports/Archive?handler=Pdf&classId={w.ClassId}");

        Assert.Equal(["5Ж"], choices.QuerySelectorAll("#classId option").Select(o => o.TextContent.Trim()));
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains($"Страница {i + 1} из {pages.Count}", pages[i], StringComparison.Ordinal);
        }

        Assert.Contains("КЛАССНЫЙ ЖУРНАЛ", pages[0], StringComparison.Ordinal);
        Assert.Contains("Руководителева", pages[0], StringComparison.Ordinal);
        var novemberMaths = pages.Single(p => p.Contains("Математика", StringComparison.Ordinal) && p.Contains("Ноябрь 2026", StringComparison.Ordinal)
            && p.Contains("Отметки и посещаемость", StringComparison.Ordinal));
        Assert.Contains("Антонова А.", novemberMaths, StringComparison.Ordinal);
        Assert.Contains("Васильева В.", novemberMaths, StringComparison.Ordinal);
        Assert.Contains(" 5 ", novemberMaths, StringComparison.Ordinal);
        Assert.Contains(" Н ", novemberMaths, StringComparison.Ordinal);
        Assert.Contains(pages, p => p.Contains(ReportDocumentsData.Topic, StringComparison.Ordinal) && p.Contains(ReportDocumentsData.Homework, StringComparison.Ordinal));
        var summary = pages.Single(p => p.Contains("Математика", StringComparison.Ordinal) && p.Contains("Итоговые отметки", StringComparison.Ordinal));
        Assert.Contains("Антонова Анна Сергеевна 5 4", summary, StringComparison.Ordinal);
        // The October page carries the first quarter's column («1 четверть» on two lines) after its last lesson, with Анна's 5.
        var octoberMaths = pages.Single(p => p.Contains("Математика", StringComparison.Ordinal) && p.Contains("Октябрь 2026", StringComparison.Ordinal)
            && p.Contains("Отметки и посещаемость", StringComparison.Ordinal));
        Assert.Contains("четверть", octoberMaths, StringComparison.Ordinal);
        Assert.Contains("1 Антонова А. 5", octoberMaths, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Archive_ClassWithoutLessons_IsAValidPdfThatSaysSo_OthersRefused(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await app.CreateDocumentsWorldAsync();
        var empty = await app.CreateClassAsync(w.School, 9, "Я");
        var other = await app.CreateSchoolAsync();
        var foreign = await app.CreateClassAsync(other, 5, "А");
        using var director = await app.SignedInClientAsync(w.Director);
        using var teacher = await app.SignedInClientAsync(w.Teacher);
        using var parent = await app.SignedInClientAsync(w.Parent);

        var pages = await director.PdfPagesAsync($"/Reports/Archive?handler=Pdf&classId={empty}");
        using var notTheirClass = await teacher.GetAsync($"/Reports/Archive?handler=Pdf&classId={w.ClassId}");
        using var family = await parent.GetAsync($"/Reports/Archive?handler=Pdf&classId={w.ClassId}");
        using var otherSchool = await director.GetAsync($"/Reports/Archive?handler=Pdf&classId={foreign}");

        var only = Assert.Single(pages);
        Assert.Contains("нет уроков", only, StringComparison.Ordinal);
        Assert.Contains("Страница 1 из 1", only, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, notTheirClass.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, family.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherSchool.StatusCode);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task ReportCard_Parent_GetsOwnChildsCard_AnotherFamilysChildIsNotFound(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await app.CreateDocumentsWorldAsync();
        using var parent = await app.SignedInClientAsync(w.Parent);
        using var anna = await app.SignedInClientAsync(w.AnnaAccount);

        var home = await parent.GetDocumentAsync("/");
        var screen = await parent.GetDocumentAsync($"/Reports/ReportCard?studentId={w.Anna}");
        var pages = await parent.PdfPagesAsync($"/Reports/ReportCard?handler=Pdf&studentId={w.Anna}");
        var own = await anna.PdfPagesAsync($"/Reports/ReportCard?handler=Pdf&studentId={w.Anna}");
        using var otherChild = await parent.GetAsync($"/Reports/ReportCard?handler=Pdf&studentId={w.Boris}");
        using var classmate = await anna.GetAsync($"/Reports/ReportCard?studentId={w.Boris}");

        Assert.NotNull(home.QuerySelector($"#family ~ ul a[href='/Reports/ReportCard?studentId={w.Anna}']"));
        var maths = screen.QuerySelectorAll("table.report-card tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Математика");
        Assert.Equal(["5", "4", "", "5", ""], maths.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
        var page = Assert.Single(pages);
        Assert.Contains("Табель успеваемости", page, StringComparison.Ordinal);
        Assert.Contains("Антонова Анна Сергеевна", page, StringComparison.Ordinal);
        Assert.Contains("Математика 5 4 5", page, StringComparison.Ordinal);
        Assert.Contains("Классный руководитель", page, StringComparison.Ordinal);
        Assert.Contains("Родитель (законный представитель)", page, StringComparison.Ordinal);
        Assert.Contains("Антонова Анна Сергеевна", Assert.Single(own), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, otherChild.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, classmate.StatusCode);

        // The card links the child's letters to parents of the closed periods; the open quarter's is not published yet.
        var letterLink = screen.QuerySelectorAll("a[href^='/Reports/Letter']").Single(a => a.TextContent.Trim() == "1 четверть").GetAttribute("href")!;
        var letter = Assert.Single(await parent.PdfPagesAsync(letterLink.Replace("&amp;", "&", StringComparison.Ordinal)));
        Assert.Contains("Антонова Анна Сергеевна", letter, StringComparison.Ordinal);
        Assert.DoesNotContain(screen.QuerySelectorAll("a[href^='/Reports/Letter']"), a => a.TextContent.Trim() == "2 четверть");
        Assert.Equal("2 четверть (после закрытия периода)", screen.QuerySelector(".letter-unpublished")?.TextContent.Trim());
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task ReportCard_Class_OnePageAStudentOnTheList_ForTheClassTeacherAndTheAdministrationOnly(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await app.CreateDocumentsWorldAsync();
        using var classTeacher = await app.SignedInClientAsync(w.ClassTeacher);
        using var director = await app.SignedInClientAsync(w.Director);
        using var teacher = await app.SignedInClientAsync(w.Teacher);
        using var parent = await app.SignedInClientAsync(w.Parent);

        var pages = await classTeacher.PdfPagesAsync($"/Reports/ReportCard/Class?classId={w.ClassId}");
        var byDirector = await director.PdfPagesAsync($"/Reports/ReportCard?handler=Pdf&studentId={w.Boris}");
        using var notTheirClass = await teacher.GetAsync($"/Reports/ReportCard/Class?classId={w.ClassId}");
        using var notTheirStudent = await teacher.GetAsync($"/Reports/ReportCard?studentId={w.Anna}");
        using var family = await parent.GetAsync($"/Reports/ReportCard/Class?classId={w.ClassId}");

        // Анна, Борис and Вера are on the list today; Глеб left and Дарья moved to 5И.
        Assert.Equal(3, pages.Count);
        Assert.Contains("Антонова Анна Сергеевна", pages[0], StringComparison.Ordinal);
        Assert.Contains("Математика 5 4 5", pages[0], StringComparison.Ordinal);
        Assert.Contains("Борисов Борис Ильич", pages[1], StringComparison.Ordinal);
        Assert.Contains("Русский язык н/а", pages[1], StringComparison.Ordinal);
        Assert.Contains("Васильева Вера Олеговна", pages[2], StringComparison.Ordinal);
        Assert.Contains("Борисов Борис Ильич", Assert.Single(byDirector), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, notTheirClass.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, notTheirStudent.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, family.StatusCode);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Letter_Class_OnePageAStudent_WithPeriodMarksAverageMissedLessonsAndRisks(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await app.CreateDocumentsWorldAsync();
        using var classTeacher = await app.SignedInClientAsync(w.ClassTeacher);

        var pages = await classTeacher.PdfPagesAsync($"/Reports/Letter?classId={w.ClassId}&periodId={w.SecondQuarter}");

        Assert.Equal(3, pages.Count);
        var (anna, boris) = (pages[0], pages[1]);
        Assert.Contains("Уважаемые родители (законные представители)!", anna, StringComparison.Ordinal);
        Assert.Contains("Антонова Анна Сергеевна, 5Ж класс", anna, StringComparison.Ordinal);
        Assert.Contains("Математика 4 4,50", anna, StringComparison.Ordinal);
        Assert.Contains("Пропущено уроков за период: 0", anna, StringComparison.Ordinal);
        Assert.Contains("Неудовлетворительных отметок и «н/а» за период нет.", anna, StringComparison.Ordinal);
        Assert.Contains("Руководителева", anna, StringComparison.Ordinal);
        Assert.Contains("Борисов Борис Ильич", boris, StringComparison.Ordinal);
        Assert.Contains("Пропущено уроков за период: 2, из них по уважительной причине: 0, по болезни: 1.", boris, StringComparison.Ordinal);
        Assert.Contains("Русский язык (н/а)", boris, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task Letter_Parent_GetsOwnChilds_NotAnotherFamilys_NorTheClass(Db db)
    {
        var app = await apps.GetAsync(db);
        var w = await app.CreateDocumentsWorldAsync();
        var empty = await app.CreateClassAsync(w.School, 9, "Я");
        using var parent = await app.SignedInClientAsync(w.Parent);
        using var director = await app.SignedInClientAsync(w.Director);

        var own = await parent.PdfPagesAsync($"/Reports/Letter?classId={w.ClassId}&periodId={w.FirstQuarter}&studentId={w.Anna}");
        using var otherChild = await parent.GetAsync($"/Reports/Letter?classId={w.ClassId}&periodId={w.FirstQuarter}&studentId={w.Boris}");
        using var wholeClass = await parent.GetAsync($"/Reports/Letter?classId={w.ClassId}&periodId={w.FirstQuarter}");
        using var openPeriod = await parent.GetAsync($"/Reports/Letter?classId={w.ClassId}&periodId={w.SecondQuarter}&studentId={w.Anna}");
        var forTheSchool = await director.PdfPagesAsync($"/Reports/Letter?classId={w.ClassId}&periodId={w.SecondQuarter}&studentId={w.Anna}");
        var nobody = await director.PdfPagesAsync($"/Reports/Letter?classId={empty}&periodId={w.FirstQuarter}");

        var page = Assert.Single(own);
        Assert.Contains("Антонова Анна Сергеевна", page, StringComparison.Ordinal);
        Assert.Contains("Математика 5", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, otherChild.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wholeClass.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, openPeriod.StatusCode); // published by closing the period
        Assert.Contains("Математика 4 4,50", Assert.Single(forTheSchool), StringComparison.Ordinal);
        Assert.Contains("нет учащихся", Assert.Single(nobody), StringComparison.Ordinal);
    }
}
