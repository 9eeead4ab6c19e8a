using System.Globalization;
using System.IO.Compression;
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
/// <remarks>
/// A file comes from anyone with an import right, so reading it is bounded before anything is read: the size, the
/// parts of the zip and their unpacked sizes, the rows and columns a sheet declares or uses, the length of a cell, and
/// the time (<see cref="TimeLimit"/>, and the request's own cancellation). Whatever goes wrong inside the reader is a
/// message about the file, never an error page.
/// </remarks>
public static class SpreadsheetFile
{
    public const long MaxBytes = 10 * 1024 * 1024;
    public const string TooBig = "Файл больше 10 МБ.";

    /// <summary>
    /// Data rows in one file: the students of the largest school fit; a city's are loaded school by school. The whole file
    /// is planned and saved in one transaction, with its history, so the bound is also the import's memory: about 0.85 GB
    /// at 5 000 new students with two parents each (docs/PERFORMANCE.md).
    /// </summary>
    public const int MaxRows = 5_000;
    public const int MaxColumns = 100;
    public const int MaxCellLength = 2_000;

    /// <summary>Unpacked size of one part of an XLSX, and of all of them: a zip bomb stops here.</summary>
    public const long MaxPartBytes = 64L * 1024 * 1024;
    public const long MaxUnpackedBytes = 128L * 1024 * 1024;
    private const int MaxParts = 500;

    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(30);

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
            return TooBig;
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

    /// <summary>Reads the file within its bounds and <see cref="TimeLimit"/>; a file that cannot be read is a <see cref="SpreadsheetFileException"/>.</summary>
    public static async Task<SpreadsheetTable> ReadAsync(string fileName, byte[] content, CancellationToken ct = default)
    {
        if (Problem(fileName, content) is { } problem)
        {
            throw new SpreadsheetFileException(problem);
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(TimeLimit);
        try
        {
            // Off the request's thread: the readers are synchronous, and check the token between rows.
            return await Task.Run(() => Read(fileName, content, limit.Token), limit.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new SpreadsheetFileException(
                $"Файл не удалось прочитать за {TimeLimit.TotalSeconds:0} секунд: он слишком сложный или повреждён. Сохраните таблицу заново как XLSX или CSV.");
        }
    }

    private static SpreadsheetTable Read(string fileName, byte[] content, CancellationToken ct)
    {
        var rows = IsXlsxName(fileName) ? ReadXlsx(content, ct) : ParseCsv(DecodeText(content), ct);
        var numbered = rows.Select((cells, i) => new SpreadsheetRow(i + 1, cells)).ToList();
        var header = numbered.FirstOrDefault(r => r.Cells.Any(c => c.Length > 0))
            ?? throw new SpreadsheetFileException("В файле нет строки заголовков.");
        var data = numbered.Where(r => r.Number > header.Number && r.Cells.Any(c => c.Length > 0)).ToList();
        if (data.Count > MaxRows)
        {
            throw new SpreadsheetFileException(TooManyRows);
        }

        return new SpreadsheetTable(header.Cells, data);
    }

    private static readonly string TooManyRows =
        $"В файле больше {MaxRows.ToString("N0", RussianCulture.Instance)} строк: за один раз можно загрузить не больше. Разделите файл на части (например, по параллелям).";

    private static readonly string TooManyColumns =
        $"В файле больше {MaxColumns} столбцов: столько не бывает ни в одном шаблоне. Удалите лишние столбцы.";

    private static string CellTooLong(int row) =>
        $"Строка {row}: в ячейке больше {MaxCellLength.ToString("N0", RussianCulture.Instance)} символов.";

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

    /// <summary>
    /// RFC 4180 fields with quotes; the separator is the one of «;» and «,» found more often in the first line. Refuses more
    /// rows, columns or characters in a cell than <see cref="MaxRows"/>, <see cref="MaxColumns"/>, <see cref="MaxCellLength"/>.
    /// </summary>
    public static List<string[]> ParseCsv(string text, CancellationToken ct = default)
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
                if (row.Count > MaxColumns)
                {
                    throw new SpreadsheetFileException(TooManyColumns);
                }
            }
            else if (c == '\n')
            {
                row.Add(field.ToString().Trim());
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
                if (rows.Count > MaxRows + 1)
                {
                    throw new SpreadsheetFileException(TooManyRows);
                }

                ct.ThrowIfCancellationRequested();
            }
            else if (c != '\r')
            {
                field.Append(c);
            }

            if (field.Length > MaxCellLength)
            {
                throw new SpreadsheetFileException(CellTooLong(rows.Count + 1));
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString().Trim());
            rows.Add([.. row]);
        }

        return rows;
    }

    private static List<string[]> ReadXlsx(byte[] content, CancellationToken ct)
    {
        CheckXlsxBounds(content, ct);
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            var result = new List<string[]>();
            foreach (IDictionary<string, object?> row in MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX))
            {
                ct.ThrowIfCancellationRequested();
                var cells = row.Values.Select(CellText).ToArray();
                if (cells.Any(c => c.Length > MaxCellLength))
                {
                    throw new SpreadsheetFileException(CellTooLong(result.Count + 1));
                }

                result.Add(cells);
                if (result.Count > MaxRows + 1)
                {
                    throw new SpreadsheetFileException(TooManyRows);
                }
            }

            return result;
        }
        catch (Exception e) when (e is not (OperationCanceledException or SpreadsheetFileException))
        {
            // Whatever the reader trips over in a broken file (a missing part, a bad reference, a null inside it).
            throw new SpreadsheetFileException(Unreadable);
        }
    }

    private const string Unreadable = "Не удалось прочитать таблицу Excel: файл повреждён или это не XLSX. Откройте его в Excel и сохраните заново.";

    /// <summary>
    /// Before the reader sees the file: the zip's parts and their unpacked sizes, then every sheet's declared dimension and
    /// the row and column of every cell, read as a stream (so the check itself is bounded by the part sizes).
    /// </summary>
    private static void CheckXlsxBounds(byte[] content, CancellationToken ct)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxParts)
            {
                throw new SpreadsheetFileException(Unreadable);
            }

            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (entry.Length > MaxPartBytes || total > MaxUnpackedBytes)
                {
                    throw new SpreadsheetFileException("Таблица в распакованном виде слишком велика. Сохраните в ней только нужный лист или загрузите CSV.");
                }
            }

            foreach (var sheet in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase)
                                                            && e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)))
            {
                CheckSheet(sheet, ct);
            }
        }
        catch (Exception e) when (e is InvalidDataException or System.Xml.XmlException or IOException or NotSupportedException)
        {
            throw new SpreadsheetFileException(Unreadable);
        }
    }

    private static void CheckSheet(ZipArchiveEntry sheet, CancellationToken ct)
    {
        using var stream = sheet.Open();
        using var xml = System.Xml.XmlReader.Create(stream, new System.Xml.XmlReaderSettings
        {
            DtdProcessing = System.Xml.DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true, IgnoreComments = true,
        });
        var seen = 0;
        while (xml.Read())
        {
            if (xml.NodeType != System.Xml.XmlNodeType.Element)
            {
                continue;
            }

            if (++seen % 4096 == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            switch (xml.LocalName)
            {
                case "dimension" when xml.GetAttribute("ref") is { } range:
                    foreach (var corner in range.Split(':'))
                    {
                        CheckReference(corner);
                    }

                    break;
                case "row" when xml.GetAttribute("r") is { } r:
                    if (!int.TryParse(r, NumberStyles.None, CultureInfo.InvariantCulture, out var rowNumber) || rowNumber > MaxRows + 1)
                    {
                        throw new SpreadsheetFileException(TooManyRows);
                    }

                    break;
                case "c" when xml.GetAttribute("r") is { } cell:
                    CheckReference(cell);
                    break;
            }
        }
    }

    /// <summary>A cell reference («XFD1048576») within the bounds, or a refusal that says which bound.</summary>
    private static void CheckReference(string reference)
    {
        var letters = 0;
        var column = 0;
        while (letters < reference.Length && char.IsAsciiLetter(reference[letters]))
        {
            column = column * 26 + (char.ToUpperInvariant(reference[letters]) - 'A' + 1);
            if (++letters > 3)
            {
                throw new SpreadsheetFileException(Unreadable);
            }
        }

        if (column > MaxColumns)
        {
            throw new SpreadsheetFileException(TooManyColumns);
        }

        if (letters < reference.Length
            && (!int.TryParse(reference.AsSpan(letters), NumberStyles.None, CultureInfo.InvariantCulture, out var row) || row > MaxRows + 1))
        {
            throw new SpreadsheetFileException(TooManyRows);
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
