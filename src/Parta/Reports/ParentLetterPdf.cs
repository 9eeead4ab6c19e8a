using Parta.Common;
using Parta.Journal;
using Parta.Printing;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Parta.Reports;

/// <summary>The information letter to parents as PDF: one A4 portrait page a student.</summary>
public static class ParentLetterPdf
{
    public static byte[] Render(IReadOnlyList<ParentLetter> letters)
    {
        using var document = PdfGrid.NewDocument("Информационное письмо родителям");
        foreach (var letter in letters)
        {
            Page(document, letter);
        }

        if (letters.Count == 0)
        {
            PdfGrid.NothingPage(document, "Информационное письмо родителям", "В классе нет учащихся за этот период: писем нет.");
        }

        return PdfGrid.Save(document);
    }

    private static void Page(PdfDocument document, ParentLetter letter)
    {
        var page = PdfGrid.AddPage(document, landscape: false);
        using var gfx = XGraphics.FromPdfPage(page);
        var body = PdfGrid.Body(page);
        var (x, width) = (body.X, body.Width);
        var y = body.Y;
        var text = PdfGrid.Font(11);
        var bold = PdfGrid.Font(11, bold: true);

        y = PdfGrid.SchoolLines(gfx, letter.Heading.School, x, y, width);

        y += 12;
        PdfGrid.Text(gfx, "Информационное письмо", PdfGrid.Font(16, bold: true), x, y, width, centre: true);
        y += 34;
        PdfGrid.Text(gfx, "Уважаемые родители (законные представители)!", bold, x, y, width);
        y += 22;
        Paragraph(
            $"Сообщаем результаты учёбы вашего ребёнка — {letter.Student.FullName}, {letter.Heading.ClassName} класс — "
            + $"за {letter.Period.Name} {letter.Heading.Year} учебного года ({RussianDate.Show(letter.Period.Start, letter.Period.End)}).");
        y += 6;

        // Marks by subject.
        var subjectWidth = width * 0.55;
        var markWidth = (width - subjectWidth) / 2;
        var header = PdfGrid.Font(9, bold: true);
        PdfGrid.Cell(gfx, new XRect(x, y, subjectWidth, 20), "Предмет", header, centre: true, shaded: true);
        PdfGrid.Cell(gfx, new XRect(x + subjectWidth, y, markWidth, 20), "Отметка за период", header, centre: true, shaded: true);
        PdfGrid.Cell(gfx, new XRect(x + subjectWidth + markWidth, y, markWidth, 20), "Средний балл", header, centre: true, shaded: true);
        y += 20;
        var reserved = 230.0;
        var rowHeight = Math.Clamp((body.Bottom - reserved - y) / Math.Max(1, letter.Lines.Count), 10, 17);
        var rowFont = PdfGrid.Font(rowHeight < 13 ? 8 : 10);
        if (letter.Lines.Count == 0)
        {
            PdfGrid.Cell(gfx, new XRect(x, y, width, 18), "Предметов и отметок за период нет.", rowFont);
            y += 18;
        }

        foreach (var line in letter.Lines)
        {
            PdfGrid.Cell(gfx, new XRect(x, y, subjectWidth, rowHeight), line.Subject, rowFont);
            PdfGrid.Cell(gfx, new XRect(x + subjectWidth, y, markWidth, rowHeight), line.Mark.Length == 0 ? "—" : line.Mark,
                line.AtRisk ? PdfGrid.Font(rowFont.Size, bold: true) : rowFont, centre: true);
            PdfGrid.Cell(gfx, new XRect(x + subjectWidth + markWidth, y, markWidth, rowHeight),
                line.Average is null ? "—" : WeightedAverage.Show(line.Average), rowFont, centre: true);
            y += rowHeight;
        }

        y += 12;
        Paragraph($"Пропущено уроков за период: {letter.Missed}, из них по уважительной причине: {letter.MissedExcused}, по болезни: {letter.MissedIll}.");
        var atRisk = letter.AtRisk;
        Paragraph(atRisk.Count == 0
            ? "Неудовлетворительных отметок и «н/а» за период нет."
            : "Требуют внимания (неудовлетворительная отметка или «н/а»): " + string.Join(", ", atRisk.Select(l => $"{l.Subject} ({l.Mark})")) + ".");
        y += 20;
        PdfGrid.Signature(gfx, "Классный руководитель", letter.Heading.ClassTeacher, x, y, width * 0.8);
        y += 40;
        PdfGrid.Text(gfx, "С информацией ознакомлен(а):", text, x, y, width);
        y += 28;
        PdfGrid.Signature(gfx, "Родитель (законный представитель)", null, x, y, width * 0.8);

        void Paragraph(string content)
        {
            foreach (var line in PdfGrid.Wrap(gfx, content, text, width, 4))
            {
                PdfGrid.Text(gfx, line, text, x, y, width);
                y += 15;
            }

            y += 4;
        }
    }
}
