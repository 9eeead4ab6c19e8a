using MiniExcelLibs;
using Parta.Printing;
using UglyToad.PdfPig;

namespace Parta.Web.Tests.Reports;

/// <summary>The report infrastructure without a database: one ReportTable rendered as PDF and XLSX, read back.</summary>
public sealed class ReportTableTests
{
    private static ReportTable Sample(int rows, ReportOrientation orientation = ReportOrientation.Portrait) =>
        new("Сводная ведомость", [new("Учащийся"), new("Математика", Numeric: true), new("Русский язык", Numeric: true)],
            Enumerable.Range(1, rows).Select(i => ReportRow.Of($"Ученикова Мария {i:000}", ReportCell.Mark("5"), ReportCell.Measure(4.125m))).ToList())
        {
            Subtitle = ["Класс 5Ж, 2 четверть"],
            Footer = ["Качество — доля учащихся только с 4 и 5."],
            Signatures = ["Классный руководитель ____________ Руководителева"],
            Orientation = orientation,
        };

    [Fact]
    public void Pdf_LongTable_RunsOverPagesWithHeaderAndPageNumbers()
    {
        var pdf = TablePdf.Render("Школа № 1", new DateOnly(2026, 11, 30), Sample(120));

        using var document = PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages > 1);
        var pages = document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();
        Assert.Contains("Сводная ведомость", pages[0], StringComparison.Ordinal);
        Assert.Contains("4,13", pages[0], StringComparison.Ordinal);
        Assert.All(pages, p => Assert.Contains("Математика", p, StringComparison.Ordinal));
        Assert.Contains($"Страница 2 из {document.NumberOfPages}", pages[1], StringComparison.Ordinal);
        Assert.Contains("Ученикова Мария 120", pages[^1], StringComparison.Ordinal);
        Assert.Contains("Руководителева", pages[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_Landscape_PageIsWide()
    {
        var pdf = TablePdf.Render("Школа № 1", new DateOnly(2026, 11, 30), Sample(3, ReportOrientation.Landscape));

        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        Assert.True(page.Width > page.Height);
    }

    [Fact]
    public void Pdf_NoRows_IsTheHeaderAlone()
    {
        var pdf = TablePdf.Render("Школа № 1", new DateOnly(2026, 11, 30), Sample(0));

        using var document = PdfDocument.Open(pdf);
        Assert.Equal(1, document.NumberOfPages);
        Assert.Contains("Математика", string.Join(" ", document.GetPage(1).GetWords().Select(w => w.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public void Xlsx_ReadBack_HasTitleHeaderAndNumbers()
    {
        var table = Sample(2);
        var xlsx = TableXlsx.Render(table);

        using var stream = new MemoryStream(xlsx);
        var rows = stream.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal("Сводная ведомость", rows[0]["A"]);
        Assert.Equal("Класс 5Ж, 2 четверть", rows[1]["A"]);
        var header = TableXlsx.HeaderRow(table) - 1;
        Assert.Equal("Математика", rows[header]["B"]);
        Assert.Equal("Ученикова Мария 001", rows[header + 1]["A"]);
        Assert.Equal(5m, Convert.ToDecimal(rows[header + 1]["B"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(4.13m, Convert.ToDecimal(rows[header + 1]["C"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void SheetName_LongTitle_IsCutTo31()
    {
        var table = new ReportTable("Отчёт классного руководителя за период: 5Ж [2 четверть]", [], []);

        Assert.True(table.SheetName(1).Length <= 31);
        Assert.DoesNotContain('[', table.SheetName(0));
    }

    private static readonly string[] Periods = ["1", "2", "3", "4", "Год"];

    [Fact]
    public void Pdf_TooWideForThePage_IsCutIntoPartsOfWholeGroups_NamesRepeated()
    {
        // A year's summary sheet of fifteen subjects: 77 columns do not fit an A4 landscape page even in 6 points.
        var subjects = new[] { "рус. яз.", "лит.", "англ. яз.", "матем.", "ист.", "общ.", "геогр.", "биол.", "музыка", "ИЗО", "труд", "физ-ра", "ОДНКНР", "информ.", "ОБЗР" };
        var columns = new List<ReportColumn> { new("№"), new("Учащийся") };
        var groups = new List<ReportHeaderGroup> { new("", 2) };
        foreach (var subject in subjects)
        {
            groups.Add(new(subject, Periods.Length));
            columns.AddRange(Periods.Select(t => new ReportColumn(t, Numeric: true)));
        }

        var rows = Enumerable.Range(1, 3).Select(i => new ReportRow(
            [i.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Константинопольская Александра {i}", .. Enumerable.Range(0, 75).Select(j => ReportCell.Mark(j % 7 == 0 ? "н/а" : "4"))]))
            .ToList();
        var table = new ReportTable("Сводная ведомость", columns, rows) { HeaderGroups = groups, RowHeaderColumns = 2, Orientation = ReportOrientation.Landscape, Signatures = ["Подпись"] };

        using var document = PdfDocument.Open(TablePdf.Render("Школа № 1", new DateOnly(2026, 11, 30), table));

        var text = string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("(продолжение,", text, StringComparison.Ordinal);
        Assert.All(subjects, s => Assert.Contains(s, text, StringComparison.Ordinal));
        Assert.True(System.Text.RegularExpressions.Regex.Count(text, "Константинопольская Александра 3") > 1, "the names are repeated in each part");
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "Подпись"));
    }
}
