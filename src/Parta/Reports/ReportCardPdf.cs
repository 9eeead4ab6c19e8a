using Parta.Printing;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Parta.Reports;

/// <summary>The report card as PDF: one A4 portrait page a student, with the signature lines of the class teacher and a parent.</summary>
public static class ReportCardPdf
{
    public static byte[] Render(IReadOnlyList<ReportCard> cards, string? emptyClass = null)
    {
        using var document = PdfGrid.NewDocument("Табель успеваемости");
        foreach (var card in cards)
        {
            Page(document, card);
        }

        if (cards.Count == 0)
        {
            PdfGrid.NothingPage(document, "Табель успеваемости" + (emptyClass is null ? "" : $" — {emptyClass} класс"), "В классе нет учащихся: табелей нет.");
        }

        return PdfGrid.Save(document);
    }

    private static void Page(PdfDocument document, ReportCard card)
    {
        var page = PdfGrid.AddPage(document, landscape: false);
        using var gfx = XGraphics.FromPdfPage(page);
        var body = PdfGrid.Body(page);
        var (x, width) = (body.X, body.Width);
        var y = body.Y;
        var text = PdfGrid.Font(11);
        var bold = PdfGrid.Font(11, bold: true);

        y = PdfGrid.SchoolLines(gfx, card.Heading.School, x, y, width);

        y += 14;
        PdfGrid.Text(gfx, "Табель успеваемости", PdfGrid.Font(18, bold: true), x, y, width, centre: true);
        y += 28;
        PdfGrid.Text(gfx, $"за {card.Heading.Year} учебный год", text, x, y, width, centre: true);
        y += 30;
        Field("Учащийся:", card.Student.FullName);
        Field("Класс:", card.Heading.ClassName);
        y += 10;

        // The table: subject, the periods, year, exam (when the curriculum has one), final.
        var headers = new List<string>(card.PeriodNames) { "Год" };
        if (card.AnyExam)
        {
            headers.Add("Экзамен");
        }

        headers.Add("Итоговая");
        var subjectWidth = Math.Min(220, width * 0.4);
        var columnWidth = (width - subjectWidth) / headers.Count;
        const double headerHeight = 30;
        var small = PdfGrid.Font(8.5, bold: true);
        PdfGrid.Cell(gfx, new XRect(x, y, subjectWidth, headerHeight), "Предмет", small, centre: true, shaded: true);
        for (var i = 0; i < headers.Count; i++)
        {
            var rect = new XRect(x + subjectWidth + i * columnWidth, y, columnWidth, headerHeight);
            PdfGrid.Cell(gfx, rect, null, small, shaded: true);
            var lines = PdfGrid.Wrap(gfx, headers[i], small, columnWidth - 4, 2);
            for (var l = 0; l < lines.Count; l++)
            {
                gfx.DrawString(lines[l], small, XBrushes.Black,
                    new XRect(rect.X, rect.Y + (headerHeight - lines.Count * 11) / 2 + l * 11, rect.Width, 11), XStringFormats.Center);
            }
        }

        y += headerHeight;
        if (card.Lines.Count == 0)
        {
            PdfGrid.Cell(gfx, new XRect(x, y, width, 20), "Предметов и отметок за этот год нет.", text);
            y += 20;
        }

        // Rows shrink to keep the card on one page (a school year has up to some 25 subjects).
        var signatures = 90.0;
        var rowHeight = Math.Clamp((body.Bottom - signatures - y) / Math.Max(1, card.Lines.Count), 10, 20);
        var rowFont = PdfGrid.Font(rowHeight < 14 ? 8 : 10);
        foreach (var line in card.Lines)
        {
            PdfGrid.Cell(gfx, new XRect(x, y, subjectWidth, rowHeight), line.Subject, rowFont);
            var values = new List<string>(line.Periods) { line.Year };
            if (card.AnyExam)
            {
                values.Add(line.HasExam ? line.Exam : "—");
            }

            values.Add(line.Final);
            for (var i = 0; i < values.Count; i++)
            {
                PdfGrid.Cell(gfx, new XRect(x + subjectWidth + i * columnWidth, y, columnWidth, rowHeight), values[i], rowFont, centre: true);
            }

            y += rowHeight;
        }

        y = Math.Max(y + 40, body.Bottom - signatures + 30);
        PdfGrid.Signature(gfx, "Классный руководитель", card.Heading.ClassTeacher, x, y, width * 0.75);
        y += 36;
        PdfGrid.Signature(gfx, "Родитель (законный представитель)", null, x, y, width * 0.75);

        void Field(string caption, string value)
        {
            gfx.DrawString(caption, bold, XBrushes.Black, new XPoint(x, y + 11));
            PdfGrid.Text(gfx, value, text, x + 90, y, width - 90);
            y += 18;
        }
    }
}
