using MiniExcelLibs;

namespace Parta.Printing;

/// <summary>
/// A report's tables as an XLSX workbook (MiniExcel), one sheet a table: the title, the subtitle lines, a blank row,
/// the header (the groups' row first, when there is one), the rows, then the footer and signature lines. Numbers are
/// numbers (<see cref="ReportCell.Number"/>), everything else is the text the screen shows.
/// </summary>
public static class TableXlsx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Render(params ReportTable[] tables) => Render((IReadOnlyList<ReportTable>)tables);

    public static byte[] Render(IReadOnlyList<ReportTable> tables)
    {
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal);
        for (var i = 0; i < tables.Count; i++)
        {
            var name = tables[i].SheetName(i);
            while (sheets.ContainsKey(name))
            {
                name = tables[i].SheetName(i + sheets.Count);
            }

            sheets[name] = Sheet(tables[i]);
        }

        if (sheets.Count == 0)
        {
            sheets["Лист"] = new List<IDictionary<string, object?>> { new Dictionary<string, object?> { ["A"] = "" } };
        }

        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, sheets, printHeader: false, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    /// <summary>The first row of the column headers in a sheet (1-based, as Excel counts): the title, the subtitle, a blank row, the groups.</summary>
    public static int HeaderRow(ReportTable table) => 1 + table.Subtitle.Count + 1 + (table.HeaderGroups.Count > 0 ? 1 : 0) + 1;

    private static List<IDictionary<string, object?>> Sheet(ReportTable table)
    {
        var width = Math.Max(table.Columns.Count, 1);
        var keys = Enumerable.Range(0, width).Select(Letters).ToArray();
        var rows = new List<IDictionary<string, object?>>();

        void Add(IEnumerable<object?> values)
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal);
            var list = values.ToList();
            for (var i = 0; i < width; i++)
            {
                row[keys[i]] = i < list.Count ? list[i] : null;
            }

            rows.Add(row);
        }

        Add([table.Title]);
        foreach (var line in table.Subtitle)
        {
            Add([line]);
        }

        Add([]);
        if (table.HeaderGroups.Count > 0)
        {
            var groups = new List<object?>();
            foreach (var group in table.HeaderGroups)
            {
                groups.Add(group.Title);
                groups.AddRange(Enumerable.Repeat<object?>(null, Math.Max(group.Span - 1, 0)));
            }

            Add(groups);
        }

        Add(table.Columns.Select(c => (object?)c.Title));
        foreach (var row in table.Rows)
        {
            Add(row.Cells.Select(c => c.Number is { } n ? (object?)n : c.Text));
        }

        if (table.Footer.Count > 0 || table.Signatures.Count > 0)
        {
            Add([]);
        }

        foreach (var line in table.Footer.Concat(table.Signatures))
        {
            Add([line]);
        }

        return rows;
    }

    /// <summary>A column's letters as Excel names it: 0 → A, 25 → Z, 26 → AA.</summary>
    public static string Letters(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }
}
