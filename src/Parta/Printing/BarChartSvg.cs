using System.Globalization;
using System.Xml.Linq;
using Parta.Common;

namespace Parta.Printing;

/// <summary>A bar of a chart: its label and two values in percent (null: no value, no bar, «—»).</summary>
public sealed record ChartBar(string Label, decimal? First, decimal? Second);

/// <summary>
/// A horizontal bar chart of two percentages per label, drawn on the server as SVG to put inline in a page (no script).
/// Made to be read when printed in black and white: every value is written as text beside its bar, the two series
/// differ by fill pattern (solid and hatched) as well as colour, the scale 0–100 % has gridlines with their numbers,
/// and the chart has a <c>title</c> and an <c>aria-label</c> for screen readers.
/// </summary>
public static class BarChartSvg
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private const int LabelWidth = 150;
    private const int PlotWidth = 440;
    private const int ValueWidth = 60;
    private const int BarHeight = 12;
    private const int RowGap = 10;
    private const int Top = 44;

    /// <param name="id">A prefix unique in the page (the pattern's id).</param>
    public static string Render(string id, string title, string firstName, string secondName, IReadOnlyList<ChartBar> bars)
    {
        var rowHeight = BarHeight * 2 + RowGap;
        var height = Top + Math.Max(bars.Count, 1) * rowHeight + 24;
        var width = LabelWidth + PlotWidth + ValueWidth;
        var hatch = $"{id}-hatch";
        var root = new XElement(Svg + "svg",
            new XAttribute("viewBox", $"0 0 {width} {height}"),
            new XAttribute("width", width), new XAttribute("height", height),
            new XAttribute("role", "img"), new XAttribute("aria-label", title),
            new XAttribute("font-family", "DejaVu Sans, Arial, sans-serif"), new XAttribute("font-size", "11"),
            new XElement(Svg + "title", title),
            new XElement(Svg + "defs",
                new XElement(Svg + "pattern", new XAttribute("id", hatch), new XAttribute("patternUnits", "userSpaceOnUse"),
                    new XAttribute("width", "6"), new XAttribute("height", "6"), new XAttribute("patternTransform", "rotate(45)"),
                    new XElement(Svg + "rect", new XAttribute("width", "6"), new XAttribute("height", "6"), new XAttribute("fill", "#ffffff")),
                    new XElement(Svg + "line", new XAttribute("x1", "0"), new XAttribute("y1", "0"), new XAttribute("x2", "0"), new XAttribute("y2", "6"),
                        new XAttribute("stroke", "#8a4b00"), new XAttribute("stroke-width", "3")))));

        // The legend: a sample of each series with its name.
        root.Add(Legend(0, firstName, "#1f4e79"), Legend(200, secondName, $"url(#{hatch})"));

        // The scale: gridlines at 0, 25, 50, 75, 100 % with their numbers.
        var plotBottom = Top + Math.Max(bars.Count, 1) * rowHeight - RowGap / 2;
        foreach (var tick in new[] { 0, 25, 50, 75, 100 })
        {
            var x = LabelWidth + PlotWidth * tick / 100;
            root.Add(new XElement(Svg + "line", new XAttribute("x1", x), new XAttribute("y1", Top - 6), new XAttribute("x2", x), new XAttribute("y2", plotBottom),
                new XAttribute("stroke", "#9a9a9a"), new XAttribute("stroke-width", tick == 0 ? "1" : "0.5"), new XAttribute("stroke-dasharray", tick == 0 ? "none" : "2 2")));
            root.Add(new XElement(Svg + "text", new XAttribute("x", x), new XAttribute("y", plotBottom + 14), new XAttribute("text-anchor", "middle"),
                new XAttribute("fill", "#333333"), $"{tick} %"));
        }

        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = Top + i * rowHeight;
            root.Add(new XElement(Svg + "text", new XAttribute("x", LabelWidth - 6), new XAttribute("y", y + BarHeight + 4),
                new XAttribute("text-anchor", "end"), new XAttribute("fill", "#000000"), bar.Label));
            root.Add(Bar(y, bar.First, "#1f4e79", firstName, bar.Label));
            root.Add(Bar(y + BarHeight, bar.Second, $"url(#{hatch})", secondName, bar.Label));
        }

        return root.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>A value as the chart writes it: «87,5 %», or «—» for none.</summary>
    public static string Show(decimal? value) =>
        value is { } v ? Math.Round(v, 1, MidpointRounding.AwayFromZero).ToString("0.#", RussianCulture.Instance) + " %" : ReportCell.None;

    private static XElement Legend(int x, string name, string fill) =>
        new(Svg + "g",
            new XElement(Svg + "rect", new XAttribute("x", x), new XAttribute("y", 8), new XAttribute("width", 18), new XAttribute("height", 12),
                new XAttribute("fill", fill), new XAttribute("stroke", "#000000"), new XAttribute("stroke-width", "0.8")),
            new XElement(Svg + "text", new XAttribute("x", x + 24), new XAttribute("y", 18), new XAttribute("fill", "#000000"), name));

    private static XElement Bar(int y, decimal? value, string fill, string series, string label)
    {
        var group = new XElement(Svg + "g");
        var length = value is { } v ? (double)Math.Clamp(v, 0, 100) * PlotWidth / 100 : 0;
        if (length > 0)
        {
            group.Add(new XElement(Svg + "rect", new XAttribute("x", LabelWidth), new XAttribute("y", y),
                new XAttribute("width", length.ToString("0.##", CultureInfo.InvariantCulture)), new XAttribute("height", BarHeight - 1),
                new XAttribute("fill", fill), new XAttribute("stroke", "#000000"), new XAttribute("stroke-width", "0.8"),
                new XElement(Svg + "title", $"{label}: {series} {Show(value)}")));
        }

        group.Add(new XElement(Svg + "text", new XAttribute("x", LabelWidth + length + 4), new XAttribute("y", y + BarHeight - 2),
            new XAttribute("fill", "#000000"), Show(value)));
        return group;
    }
}
