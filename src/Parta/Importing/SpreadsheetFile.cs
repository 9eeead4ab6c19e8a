using System.Globalization;
using System.Text;
using MiniExcelLibs;

namespace Parta.Importing;

/// <summary>A sheet read from a file: the header row and the data rows, each with its row number in the file (header = 1).</summary>
public sealed record SpreadsheetTable(IReadOnlyList<string> Headers, IReadOnlyList<SpreadsheetRow> Rows);

public sealed record SpreadsheetRow(int Number, IReadOnlyList<string> Cells);

/// <summary>Why a file could not be read at all (before any row is looked at).</summary>
public sealed class SpreadsheetFileException(string message) : Exception(message);

/// <summary>
/// Reads XLSX (the first sheet) and CSV, and writes XLSX. CSV may be UTF-8 (with or without BOM) or Windows-1251:
/// text that is not valid UTF-8 is read as 1251, as Excel in Russian saves it. The separator is «;» or «,»,
/// whichever the header row uses.
/// </summary>
public static class SpreadsheetFile
{
    public const long MaxBytes = 10 * 1024 * 1024;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static SpreadsheetFile() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static bool IsXlsxName(string fileName) => fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);

    public static bool IsCsvName(string fileName) => fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);

    /// <summary>Checks the name and the content: an .xlsx is a zip (starts with «PK»), a .csv is text (no zero bytes).</summary>
    public static string? Problem(string fileName, ReadOnlySpan<byte> content)
    {
        if (content.Length == 0)
        {
            return "Файл пустой.";
        }

        if (content.Length > MaxBytes)
        {
            return "Файл больше 10 МБ.";
        }

        if (IsXlsxName(fileName))
        {
            return content is [0x50, 0x4B, 0x03, 0x04, ..] ? null : "Файл с расширением .xlsx не является таблицей Excel.";
        }

        if (IsCsvName(fileName))
        {
            return content.IndexOf((byte)0) < 0 && content is not [0x50, 0x4B, 0x03, 0x04, ..]
                ? null
                : "Файл с расширением .csv не является текстовым файлом CSV.";
        }

        return "Загрузите таблицу в формате XLSX или CSV.";
    }

    public static SpreadsheetTable Read(string fileName, byte[] content)
    {
        if (Problem(fileName, content) is { } problem)
        {
            throw new SpreadsheetFileException(problem);
        }

        var rows = IsXlsxName(fileName) ? ReadXlsx(content) : ParseCsv(DecodeText(content));
        var numbered = rows.Select((cells, i) => new SpreadsheetRow(i + 1, cells)).ToList();
        var header = numbered.FirstOrDefault(r => r.Cells.Any(c => c.Length > 0))
            ?? throw new SpreadsheetFileException("В файле нет строки заголовков.");
        var data = numbered.Where(r => r.Number > header.Number && r.Cells.Any(c => c.Length > 0)).ToList();
        return new SpreadsheetTable(header.Cells, data);
    }

    /// <summary>UTF-8 (BOM or not) when the bytes are valid UTF-8, else Windows-1251.</summary>
    public static string DecodeText(byte[] content)
    {
        ReadOnlySpan<byte> bytes = content;
        if (bytes is [0xEF, 0xBB, 0xBF, ..])
        {
            bytes = bytes[3..];
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(1251).GetString(bytes);
        }
    }

    /// <summary>RFC 4180 fields with quotes; the separator is the one of «;» and «,» found more often in the first line.</summary>
    public static List<string[]> ParseCsv(string text)
    {
        var firstLine = text.Split('\n', 2)[0];
        var separator = firstLine.Count(c => c == ';') >= firstLine.Count(c => c == ',') ? ';' : ',';
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == separator)
            {
                row.Add(field.ToString().Trim());
                field.Clear();
            }
            else if (c == '\n')
            {
                row.Add(field.ToString().Trim());
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
            }
            else if (c != '\r')
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString().Trim());
            rows.Add([.. row]);
        }

        return rows;
    }

    private static List<string[]> ReadXlsx(byte[] content)
    {
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            var result = new List<string[]>();
            foreach (IDictionary<string, object?> row in MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX))
            {
                result.Add(row.Values.Select(CellText).ToArray());
            }

            return result;
        }
        catch (Exception e) when (e is InvalidDataException or InvalidOperationException or System.Xml.XmlException or IOException
                                      or NotSupportedException or ArgumentException or KeyNotFoundException)
        {
            throw new SpreadsheetFileException("Не удалось прочитать таблицу Excel: файл повреждён или это не XLSX.");
        }
    }

    private static string CellText(object? value) => value switch
    {
        null => "",
        string s => s.Trim(),
        DateTime d when d.TimeOfDay == TimeSpan.Zero => d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture),
        double d => d.ToString("0.##########", CultureInfo.InvariantCulture),
        decimal d => d.ToString("0.##########", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture).Trim(),
        _ => value.ToString()?.Trim() ?? "",
    };

    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>One sheet with a header row; every value is written as text, so dates and numbers keep their form.</summary>
    public static byte[] WriteXlsx(string sheetName, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var sheet = rows.Select(r =>
        {
            var dict = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < headers.Count; i++)
            {
                dict[headers[i]] = i < r.Count ? r[i] : "";
            }

            return (IDictionary<string, object?>)dict;
        }).ToList();
        if (sheet.Count == 0)
        {
            // MiniExcel takes the header from the first row: an export with no data is the header and a blank row.
            sheet.Add(headers.ToDictionary(h => h, _ => (object?)"", StringComparer.Ordinal));
        }

        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, sheet, sheetName: sheetName, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }
}
