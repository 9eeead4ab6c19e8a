using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Parta.Printing;

/// <summary>
/// Small drawing helpers for the printed documents laid out by hand with PDFsharp (the journal archive, the report card,
/// the letter to parents): A4 pages, the fonts, text cut or wrapped to a cell's width, bordered cells, and the
/// «Страница N из M» footer added when all pages exist. Everything is set in DejaVu Sans (<see cref="DejaVuFontResolver"/>).
/// </summary>
public static class PdfGrid
{
    /// <summary>The margin of every page, in points (about 12 mm).</summary>
    public const double Margin = 34;

    private const double A4Short = 595.28;
    private const double A4Long = 841.89;

    private static readonly XPen Line = new(XColors.Black, 0.5);
    private static readonly XBrush Shade = new XSolidBrush(XColor.FromArgb(225, 225, 225));

    /// <summary>A new document with the resolver installed and its title set.</summary>
    public static PdfDocument NewDocument(string title)
    {
        DejaVuFontResolver.Install();
        var document = new PdfDocument();
        document.Info.Title = title;
        document.Info.Creator = "Parta";
        return document;
    }

    /// <summary>A new A4 page, portrait or landscape.</summary>
    public static PdfPage AddPage(PdfDocument document, bool landscape)
    {
        var page = document.AddPage();
        page.Size = PageSize.A4;
        page.Orientation = landscape ? PageOrientation.Landscape : PageOrientation.Portrait;
        return page;
    }

    /// <summary>The area inside the margins, with <paramref name="footer"/> points kept free at the bottom for the page number.</summary>
    public static XRect Body(PdfPage page, double footer = 16) =>
        new(Margin, Margin, page.Width.Point - 2 * Margin, page.Height.Point - 2 * Margin - footer);

    /// <summary>The area inside the margins of an A4 page of the orientation (<see cref="Body(PdfPage, double)"/> before the page exists).</summary>
    public static XRect Body(bool landscape, double footer = 16)
    {
        var (width, height) = landscape ? (A4Long, A4Short) : (A4Short, A4Long);
        return new(Margin, Margin, width - 2 * Margin, height - 2 * Margin - footer);
    }

    public static XFont Font(double size, bool bold = false) =>
        new(DejaVuFontResolver.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);

    /// <summary>The text, cut with «…» so that it fits the width.</summary>
    public static string Fit(XGraphics gfx, string text, XFont font, double width)
    {
        if (width <= 0 || string.IsNullOrEmpty(text))
        {
            return "";
        }

        if (gfx.MeasureString(text, font).Width <= width)
        {
            return text;
        }

        var length = text.Length;
        while (length > 0 && gfx.MeasureString(text[..length] + "…", font).Width > width)
        {
            length--;
        }

        return length == 0 ? "" : text[..length].TrimEnd() + "…";
    }

    /// <summary>The text broken into lines of the width at spaces (a word longer than a line is cut), at most <paramref name="maxLines"/>; the last cut with «…».</summary>
    public static IReadOnlyList<string> Wrap(XGraphics gfx, string? text, XFont font, double width, int maxLines)
    {
        var lines = new List<string>();
        if (string.IsNullOrWhiteSpace(text) || maxLines <= 0)
        {
            return lines;
        }

        var words = text.Replace('\r', ' ').Replace('\n', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var current = "";
        var index = 0;
        for (; index < words.Length; index++)
        {
            var candidate = current.Length == 0 ? words[index] : current + " " + words[index];
            if (gfx.MeasureString(candidate, font).Width <= width)
            {
                current = candidate;
                continue;
            }

            if (current.Length == 0)
            {
                current = Fit(gfx, words[index], font, width);
                lines.Add(current);
                current = "";
            }
            else
            {
                lines.Add(current);
                current = words[index];
            }

            if (lines.Count == maxLines)
            {
                break;
            }
        }

        if (lines.Count < maxLines && current.Length > 0)
        {
            lines.Add(current);
            current = "";
        }

        if (lines.Count == maxLines && (index < words.Length || current.Length > 0))
        {
            lines[^1] = Fit(gfx, lines[^1] + " " + string.Join(' ', words.Skip(index)), font, width);
        }

        return lines;
    }

    /// <summary>A bordered cell with its text fitted inside: centred, or at the left with a small padding.</summary>
    public static void Cell(XGraphics gfx, XRect rect, string? text, XFont font, bool centre = false, bool shaded = false, bool border = true)
    {
        if (shaded)
        {
            gfx.DrawRectangle(Shade, rect);
        }

        if (border)
        {
            gfx.DrawRectangle(Line, rect);
        }

        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        const double padding = 2;
        var inner = new XRect(rect.X + padding, rect.Y, Math.Max(0, rect.Width - 2 * padding), rect.Height);
        var fitted = Fit(gfx, text, font, inner.Width);
        gfx.DrawString(fitted, font, XBrushes.Black, inner, centre ? XStringFormats.Center : XStringFormats.CenterLeft);
    }

    /// <summary>A bordered cell with several lines of text, top-left aligned.</summary>
    public static void Lines(XGraphics gfx, XRect rect, IReadOnlyList<string> lines, XFont font, double lineHeight)
    {
        gfx.DrawRectangle(Line, rect);
        var y = rect.Y + 1;
        foreach (var line in lines)
        {
            gfx.DrawString(line, font, XBrushes.Black, new XRect(rect.X + 2, y, rect.Width - 4, lineHeight), XStringFormats.CenterLeft);
            y += lineHeight;
        }
    }

    /// <summary>Text at the left of a line at <paramref name="y"/> (its top), cut to the width.</summary>
    public static void Text(XGraphics gfx, string text, XFont font, double x, double y, double width, bool centre = false) =>
        gfx.DrawString(Fit(gfx, text, font, width), font, XBrushes.Black, new XRect(x, y, width, font.Size * 1.4),
            centre ? XStringFormats.TopCenter : XStringFormats.TopLeft);

    /// <summary>A portrait page saying there is nothing to print (a class with no students): a title and a line.</summary>
    public static void NothingPage(PdfDocument document, string title, string text)
    {
        var page = AddPage(document, landscape: false);
        using var gfx = XGraphics.FromPdfPage(page);
        var body = Body(page);
        Text(gfx, title, Font(16, bold: true), body.X, body.Y, body.Width);
        Text(gfx, text, Font(11), body.X, body.Y + 40, body.Width);
    }

    /// <summary>The school's name centred at the top of a page, in at most two lines; returns where the next line starts.</summary>
    public static double SchoolLines(XGraphics gfx, string school, double x, double y, double width)
    {
        foreach (var line in Wrap(gfx, school, Font(10), width, 2))
        {
            Text(gfx, line, Font(10), x, y, width, centre: true);
            y += 14;
        }

        return y;
    }

    /// <summary>A signature line: the caption, a rule to sign on, and the name under it.</summary>
    public static void Signature(XGraphics gfx, string caption, string? name, double x, double y, double width)
    {
        var font = Font(10);
        var captionWidth = gfx.MeasureString(caption, font).Width + 8;
        gfx.DrawString(caption, font, XBrushes.Black, new XPoint(x, y));
        gfx.DrawLine(Line, x + captionWidth, y + 2, x + width, y + 2);
        if (!string.IsNullOrEmpty(name))
        {
            Text(gfx, name, Font(8), x + captionWidth, y + 4, width - captionWidth, centre: true);
        }
    }

    /// <summary>
    /// «Страница N из M» at the bottom right of every page of the document, drawn over what is there: call it once the
    /// last page is added.
    /// </summary>
    public static void NumberPages(PdfDocument document)
    {
        var font = Font(8);
        var total = document.PageCount;
        for (var i = 0; i < total; i++)
        {
            var page = document.Pages[i];
            using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var text = $"Страница {i + 1} из {total}";
            gfx.DrawString(text, font, XBrushes.Black,
                new XRect(Margin, page.Height.Point - Margin - 10, page.Width.Point - 2 * Margin, 12), XStringFormats.BottomRight);
        }
    }

    /// <summary>The document as the bytes of a PDF file.</summary>
    public static byte[] Save(PdfDocument document)
    {
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }
}
