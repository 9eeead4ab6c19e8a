using Parta.Common;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Parta.Printing;

/// <summary>
/// A report's tables as a PDF (PDFsharp, DejaVu Sans): A4 portrait or landscape as the table says; the school and the
/// date of printing at the top of every page; the table's header row repeated on each page it runs over; the footer and
/// signature lines after it; «Страница N из M» at the bottom. The table is fitted to the page width: the font goes down
/// from 9 to 6 points until the columns fit; a table wider than that is cut into parts of whole column groups with the
/// row-naming columns repeated; a part still too wide has its columns narrowed and their text wrapped.
/// </summary>
public static class TablePdf
{
    public const string ContentType = "application/pdf";

    private const double Margin = 36;
    private const double BottomReserve = 28;
    private const double Pad = 2.5;
    private const double MaxFont = 9;
    private const double MinFont = 6;
    private const double Reference = 10;
    private const double RowHeaderMaxShare = 0.4;

    public static byte[] Render(string school, DateOnly printedOn, params ReportTable[] tables) =>
        Render(school, printedOn, (IReadOnlyList<ReportTable>)tables);

    public static byte[] Render(string school, DateOnly printedOn, IReadOnlyList<ReportTable> tables)
    {
        DejaVuFontResolver.Install();
        using var document = new PdfDocument();
        document.Info.Title = tables.Count > 0 ? tables[0].Title : "Отчёт";
        var writer = new Writer(document, school, printedOn.ToString("dd.MM.yyyy", RussianCulture.Instance));
        try
        {
            foreach (var table in tables)
            {
                writer.Table(table);
            }

            if (document.PageCount == 0)
            {
                writer.NewPage(ReportOrientation.Portrait);
            }
        }
        finally
        {
            writer.Dispose();
        }

        var small = new XFont(DejaVuFontResolver.Family, 8, XFontStyleEx.Regular);
        for (var i = 0; i < document.PageCount; i++)
        {
            var page = document.Pages[i];
            using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var text = $"Страница {i + 1} из {document.PageCount}";
            var size = gfx.MeasureString(text, small);
            gfx.DrawString(text, small, XBrushes.Black, new XPoint((page.Width.Point - size.Width) / 2, page.Height.Point - Margin / 2 - 4));
        }

        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    /// <summary>Writes tables down the pages, opening a new page when the next row does not fit.</summary>
    private sealed class Writer(PdfDocument document, string school, string printedOn) : IDisposable
    {
        private readonly XFont _titleFont = new(DejaVuFontResolver.Family, 13, XFontStyleEx.Bold);
        private readonly XFont _textFont = new(DejaVuFontResolver.Family, 10, XFontStyleEx.Regular);
        private readonly XFont _smallFont = new(DejaVuFontResolver.Family, 8, XFontStyleEx.Regular);
        private readonly XFont _measureRegular = new(DejaVuFontResolver.Family, Reference, XFontStyleEx.Regular);
        private readonly XFont _measureBold = new(DejaVuFontResolver.Family, Reference, XFontStyleEx.Bold);
        private readonly XPen _pen = new(XColors.Black, 0.5);
        private XGraphics? _gfx;
        private PdfPage? _page;
        private ReportOrientation _orientation;
        private double _y;

        private double Width => _page!.Width.Point - 2 * Margin;

        private double Bottom => _page!.Height.Point - Margin - BottomReserve;

        public void Dispose() => _gfx?.Dispose();

        public void NewPage(ReportOrientation orientation)
        {
            _gfx?.Dispose();
            _page = document.AddPage();
            (_page.Width, _page.Height) = orientation == ReportOrientation.Landscape
                ? (XUnit.FromMillimeter(297), XUnit.FromMillimeter(210))
                : (XUnit.FromMillimeter(210), XUnit.FromMillimeter(297));
            _orientation = orientation;
            _gfx = XGraphics.FromPdfPage(_page);
            _y = Margin;
            _gfx.DrawString(school, _smallFont, XBrushes.Black, new XPoint(Margin, _y + 8));
            var date = _gfx.MeasureString(printedOn, _smallFont);
            _gfx.DrawString(printedOn, _smallFont, XBrushes.Black, new XPoint(Margin + Width - date.Width, _y + 8));
            _y += 12;
            _gfx.DrawLine(_pen, Margin, _y, Margin + Width, _y);
            _y += 8;
        }

        /// <summary>
        /// Writes a table; one too wide for the page even in the smallest font (a year's summary sheet of fifteen subjects)
        /// is cut into parts of whole column groups, each with the row-naming columns repeated, one after another.
        /// </summary>
        public void Table(ReportTable table)
        {
            if (_page is null || _orientation != table.Orientation)
            {
                NewPage(table.Orientation);
            }

            var parts = Split(table);
            for (var i = 0; i < parts.Count; i++)
            {
                Part(parts[i]);
            }
        }

        private List<ReportTable> Split(ReportTable table)
        {
            var count = table.Columns.Count;
            var heads = Math.Min(table.RowHeaderColumns, count);
            var scale = MinFont / Reference;
            var natural = Natural(table).Select(w => w * scale + 2 * Pad).ToArray();
            if (natural.Sum() <= Width || count <= heads)
            {
                return [table];
            }

            // The units that stay together: the header groups past the row-naming columns, else single columns.
            var units = new List<(int Start, int Span)>();
            var leadingGroups = new List<ReportHeaderGroup>();
            var groupOf = new Dictionary<int, ReportHeaderGroup>();
            if (table.HeaderGroups.Count > 0)
            {
                var at = 0;
                foreach (var group in table.HeaderGroups)
                {
                    if (at < heads)
                    {
                        leadingGroups.Add(group);
                    }
                    else
                    {
                        units.Add((at, group.Span));
                        groupOf[at] = group;
                    }

                    at += group.Span;
                }

                if (leadingGroups.Sum(g => g.Span) != heads)
                {
                    // Groups that do not line up with the row-naming columns: cut by columns, without the groups' row.
                    units.Clear();
                    groupOf.Clear();
                    leadingGroups.Clear();
                }
            }

            if (units.Count == 0)
            {
                units.AddRange(Enumerable.Range(heads, count - heads).Select(c => (c, 1)));
            }

            var room = Width - Math.Min(natural.Take(heads).Sum(), Width * RowHeaderMaxShare);
            var slices = new List<List<(int Start, int Span)>>();
            double used = 0;
            foreach (var unit in units)
            {
                var width = natural.Skip(unit.Start).Take(unit.Span).Sum();
                if (slices.Count == 0 || used + width > room)
                {
                    slices.Add([]);
                    used = 0;
                }

                slices[^1].Add(unit);
                used += width;
            }

            if (slices.Count <= 1)
            {
                return [table];
            }

            return slices.Select((slice, i) =>
            {
                var columns = Enumerable.Range(0, heads).Concat(slice.SelectMany(u => Enumerable.Range(u.Start, u.Span))).ToList();
                return table with
                {
                    Title = i == 0 ? table.Title : $"{table.Title} (продолжение, {i + 1} из {slices.Count})",
                    Columns = columns.Select(c => table.Columns[c]).ToList(),
                    Rows = table.Rows.Select(r => r with { Cells = columns.Select(c => c < r.Cells.Count ? r.Cells[c] : ReportCell.Empty).ToList() }).ToList(),
                    HeaderGroups = leadingGroups.Count > 0 || groupOf.Count > 0 ? [.. leadingGroups, .. slice.Select(u => groupOf[u.Start])] : [],
                    Subtitle = i == 0 ? table.Subtitle : [],
                    Footer = i == slices.Count - 1 ? table.Footer : [],
                    Signatures = i == slices.Count - 1 ? table.Signatures : [],
                };
            }).ToList();
        }

        private void Part(ReportTable table)
        {
            if (_page is null || _orientation != table.Orientation || _y + 120 > Bottom)
            {
                NewPage(table.Orientation);
            }
            else
            {
                _y += 14;
            }

            foreach (var line in Wrap(table.Title, _titleFont, Width))
            {
                _gfx!.DrawString(line, _titleFont, XBrushes.Black, new XPoint(Margin, _y + 13));
                _y += 17;
            }

            foreach (var subtitle in table.Subtitle)
            {
                Text(subtitle, _textFont);
            }

            _y += 6;
            var layout = Fit(table);
            DrawHeader(table, layout);
            foreach (var row in table.Rows)
            {
                var font = row.Total ? layout.Bold : layout.Regular;
                var lines = row.Cells.Select((c, i) => i < layout.Widths.Length ? Wrap(c.Text, font, layout.Widths[i] - 2 * Pad) : []).ToList();
                var height = Math.Max(1, lines.Count == 0 ? 1 : lines.Max(l => l.Count)) * layout.Line + 2 * Pad;
                if (_y + height > Bottom)
                {
                    NewPage(table.Orientation);
                    DrawHeader(table, layout);
                }

                var x = Margin;
                for (var i = 0; i < layout.Widths.Length; i++)
                {
                    var numeric = i >= table.RowHeaderColumns && table.Columns[i].Numeric;
                    Cell(x, layout.Widths[i], height, i < lines.Count ? lines[i] : [], font, layout.Line, numeric);
                    x += layout.Widths[i];
                }

                _y += height;
            }

            if (table.Footer.Count > 0)
            {
                _y += 6;
                foreach (var line in table.Footer)
                {
                    Text(line, _smallFont);
                }
            }

            if (table.Signatures.Count > 0)
            {
                _y += 10;
                foreach (var signature in table.Signatures)
                {
                    if (_y + 30 > Bottom)
                    {
                        NewPage(table.Orientation);
                    }

                    _y += 16;
                    Text(signature, _textFont);
                }
            }
        }

        private void Text(string text, XFont font)
        {
            var line = font.Size * 1.3;
            foreach (var part in Wrap(text, font, Width))
            {
                if (_y + line > Bottom)
                {
                    NewPage(_orientation);
                }

                _gfx!.DrawString(part, font, XBrushes.Black, new XPoint(Margin, _y + font.Size));
                _y += line;
            }
        }

        private void DrawHeader(ReportTable table, Layout layout)
        {
            if (table.HeaderGroups.Count > 0)
            {
                var spans = new List<(string Title, double Width)>();
                var column = 0;
                foreach (var group in table.HeaderGroups)
                {
                    var width = layout.Widths.Skip(column).Take(group.Span).Sum();
                    spans.Add((group.Title, width));
                    column += group.Span;
                }

                var groupLines = spans.Select(s => Wrap(s.Title, layout.Bold, s.Width - 2 * Pad)).ToList();
                var groupHeight = groupLines.Max(l => Math.Max(l.Count, 1)) * layout.Line + 2 * Pad;
                var gx = Margin;
                for (var i = 0; i < spans.Count; i++)
                {
                    Cell(gx, spans[i].Width, groupHeight, groupLines[i], layout.Bold, layout.Line, centred: true);
                    gx += spans[i].Width;
                }

                _y += groupHeight;
            }

            var lines = table.Columns.Select((c, i) => Wrap(c.Title, layout.Bold, layout.Widths[i] - 2 * Pad)).ToList();
            var height = lines.Select(l => Math.Max(l.Count, 1)).DefaultIfEmpty(1).Max() * layout.Line + 2 * Pad;
            var x = Margin;
            for (var i = 0; i < layout.Widths.Length; i++)
            {
                _gfx!.DrawRectangle(XBrushes.WhiteSmoke, x, _y, layout.Widths[i], height);
                Cell(x, layout.Widths[i], height, lines[i], layout.Bold, layout.Line, centred: i >= table.RowHeaderColumns);
                x += layout.Widths[i];
            }

            _y += height;
        }

        private void Cell(double x, double width, double height, IReadOnlyList<string> lines, XFont font, double line, bool centred)
        {
            _gfx!.DrawRectangle(_pen, x, _y, width, height);
            var y = _y + Pad + font.Size;
            foreach (var text in lines)
            {
                var left = x + Pad;
                if (centred)
                {
                    left = x + (width - _gfx.MeasureString(text, font).Width) / 2;
                }

                _gfx.DrawString(text, font, XBrushes.Black, new XPoint(left, y));
                y += line;
            }
        }

        /// <summary>The font and column widths that fit the table to the page.</summary>
        private Layout Fit(ReportTable table)
        {
            var count = table.Columns.Count;
            var natural = Natural(table);
            var size = MaxFont;
            double[] widths;
            while (true)
            {
                var scale = size / Reference;
                widths = natural.Select(w => w * scale + 2 * Pad).ToArray();
                if (widths.Sum() <= Width || size <= MinFont)
                {
                    break;
                }

                size -= 0.5;
            }

            var total = widths.Sum();
            if (total > Width)
            {
                // Still too wide at the smallest font: the row-header columns keep at most their share, the rest shrink alike.
                var factor = Width / total;
                widths = widths.Select(w => w * factor).ToArray();
            }
            else if (count > 0)
            {
                // Spare width goes to the row-header columns (the names), up to their share of the page; the rest stays blank.
                var spare = Width - total;
                var headers = Math.Max(1, Math.Min(table.RowHeaderColumns, count));
                for (var i = 0; i < headers; i++)
                {
                    var room = Math.Max(0, Width * RowHeaderMaxShare / headers - widths[i]);
                    var add = Math.Min(room, spare / (headers - i));
                    widths[i] += add;
                    spare -= add;
                }

                if (count <= 3 && spare > 0)
                {
                    // A short table (the measures) spans the page: its numbers' columns take the rest.
                    for (var i = headers; i < count; i++)
                    {
                        widths[i] += spare / (count - headers);
                    }
                }
            }

            var regular = new XFont(DejaVuFontResolver.Family, size, XFontStyleEx.Regular);
            var bold = new XFont(DejaVuFontResolver.Family, size, XFontStyleEx.Bold);
            return new Layout(widths, regular, bold, size * 1.25);
        }

        /// <summary>Natural widths at the reference size: a cell's whole text, a header's longest word (headers wrap).</summary>
        private double[] Natural(ReportTable table)
        {
            var count = table.Columns.Count;
            var natural = new double[count];
            var headerWord = new double[count];
            for (var i = 0; i < count; i++)
            {
                headerWord[i] = table.Columns[i].Title.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Select(w => Measure(w, _measureBold)).DefaultIfEmpty(0).Max();
                natural[i] = Math.Max(headerWord[i], Measure(table.Columns[i].Title, _measureBold) * (i < table.RowHeaderColumns ? 1 : 0.5));
            }

            foreach (var row in table.Rows)
            {
                for (var i = 0; i < Math.Min(count, row.Cells.Count); i++)
                {
                    natural[i] = Math.Max(natural[i], Measure(row.Cells[i].Text, row.Total ? _measureBold : _measureRegular));
                }
            }

            return natural;
        }

        private double Measure(string text, XFont font) => text.Length == 0 ? 0 : _gfx!.MeasureString(text, font).Width;

        /// <summary>The text broken into lines that fit the width: by words, a word longer than the width by characters.</summary>
        private List<string> Wrap(string text, XFont font, double width)
        {
            var result = new List<string>();
            if (string.IsNullOrEmpty(text))
            {
                return result;
            }

            var current = "";
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = current.Length == 0 ? word : current + " " + word;
                if (_gfx!.MeasureString(candidate, font).Width <= width)
                {
                    current = candidate;
                    continue;
                }

                if (current.Length > 0)
                {
                    result.Add(current);
                }

                current = word;
                while (current.Length > 1 && _gfx.MeasureString(current, font).Width > width)
                {
                    var cut = current.Length - 1;
                    while (cut > 1 && _gfx.MeasureString(current[..cut], font).Width > width)
                    {
                        cut--;
                    }

                    result.Add(current[..cut]);
                    current = current[cut..];
                }
            }

            if (current.Length > 0)
            {
                result.Add(current);
            }

            return result;
        }
    }

    private sealed record Layout(double[] Widths, XFont Regular, XFont Bold, double Line);
}
