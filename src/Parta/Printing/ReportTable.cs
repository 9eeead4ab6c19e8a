using Parta.Common;

namespace Parta.Printing;

/// <summary>How a report's PDF page is turned: A4 portrait, or landscape for wide tables (the summary sheet).</summary>
public enum ReportOrientation
{
    Portrait,
    Landscape,
}

/// <summary>
/// One cell of a report: the text everyone reads (the screen, the PDF) and, for a number, the number itself (the XLSX
/// keeps it as a number, so Excel can sum it). The text of a number is made once, here, so the three agree.
/// </summary>
public sealed record ReportCell(string Text, decimal? Number = null)
{
    /// <summary>The dash of a measure that has no value (no marks at all).</summary>
    public const string None = "—";

    public static readonly ReportCell Empty = new("");

    public static implicit operator ReportCell(string? text) => new(text ?? "");

    /// <summary>A count: «12».</summary>
    public static ReportCell Count(int count) => new(count.ToString(RussianCulture.Instance), count);

    /// <summary>A measure to two decimals (rounded away from zero), «—» when there is none: «87,50».</summary>
    public static ReportCell Measure(decimal? value)
    {
        if (value is not { } v)
        {
            return new(None);
        }

        var rounded = Math.Round(v, 2, MidpointRounding.AwayFromZero);
        return new(rounded.ToString("0.00", RussianCulture.Instance), rounded);
    }

    /// <summary>A mark as stored («5», «н/а», «зач»): the five-point ones are numbers in the XLSX.</summary>
    public static ReportCell Mark(string? value) =>
        value is { Length: 1 } && char.IsAsciiDigit(value[0]) ? new(value, value[0] - '0') : new(value ?? "");
}

/// <summary>A column of a report: its header and whether it holds numbers (centred on screen and on paper).</summary>
public sealed record ReportColumn(string Title, bool Numeric = false)
{
    /// <summary>The header's cue for the screen, e.g. the subject's full name over «матем.»; empty for none.</summary>
    public string? Hint { get; init; }
}

/// <summary>A header cell over several columns (a subject over its periods' columns).</summary>
public sealed record ReportHeaderGroup(string Title, int Span);

/// <summary>A row of a report; a total row (the measures at the bottom of the summary sheet) is set in bold.</summary>
public sealed record ReportRow(IReadOnlyList<ReportCell> Cells)
{
    public bool Total { get; init; }

    public static ReportRow Of(params ReportCell[] cells) => new(cells);
}

/// <summary>
/// A report as a table: the one shape that the screen (the partial <c>Pages/Reports/_ReportTable.cshtml</c>), the XLSX
/// (<see cref="TableXlsx"/>) and the PDF (<see cref="TablePdf"/>) all render, so that the numbers of a report come from
/// one query and are shown the same way everywhere.
/// </summary>
public sealed record ReportTable(string Title, IReadOnlyList<ReportColumn> Columns, IReadOnlyList<ReportRow> Rows)
{
    /// <summary>Lines under the title: the class, the period, the class teacher.</summary>
    public IReadOnlyList<string> Subtitle { get; init; } = [];

    /// <summary>An optional header row above the columns' headers; the spans add up to the number of columns.</summary>
    public IReadOnlyList<ReportHeaderGroup> HeaderGroups { get; init; } = [];

    /// <summary>Lines after the table (notes, how a measure is computed).</summary>
    public IReadOnlyList<string> Footer { get; init; } = [];

    /// <summary>Signature lines of the printed form («Классный руководитель ____ Руководителева А. А.»), only on paper.</summary>
    public IReadOnlyList<string> Signatures { get; init; } = [];

    public ReportOrientation Orientation { get; init; } = ReportOrientation.Portrait;

    /// <summary>What the screen says in place of the rows when there are none (the PDF and XLSX keep the header alone).</summary>
    public string EmptyText { get; init; } = "Нет данных.";

    /// <summary>The number of leading columns that name the row (the student): left-aligned, never squeezed.</summary>
    public int RowHeaderColumns { get; init; } = 1;

    /// <summary>The title as an XLSX sheet name: at most 31 characters, without the characters Excel refuses.</summary>
    public string SheetName(int index)
    {
        var name = new string(Title.Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\')).ToArray()).Trim();
        if (name.Length == 0)
        {
            name = "Лист";
        }

        var suffix = index == 0 ? "" : $" ({index + 1})";
        return name.Length + suffix.Length > 31 ? name[..(31 - suffix.Length)].TrimEnd() + suffix : name + suffix;
    }
}
