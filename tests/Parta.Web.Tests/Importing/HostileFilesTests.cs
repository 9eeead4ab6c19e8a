using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using System.Text;
using Parta.Web.Tests.Infrastructure;
using static Parta.Web.Tests.Importing.ImportClient;

namespace Parta.Web.Tests.Importing;

/// <summary>
/// Files made to hurt the reader: each gets a message about the file, in bounded time (the upload is cancelled after a
/// minute by the test's timeout, far beyond the reader's own limit, so a hang fails the test), and nothing is written.
/// </summary>
public sealed class HostileFilesTests(TestApps apps)
{
    public static TheoryData<string, string> Files => new()
    {
        { "dimension", "столбцов" },
        { "far-row", "строк" },
        { "shared-string-without-part", "повреждён" },
        { "broken-xml", "повреждён" },
        { "zip-bomb", "слишком велика" },
        { "long-cell", "символов" },
        { "csv-50000-rows", "больше 5\u00a0000 строк" },
        { "csv-wide", "столбцов" },
        { "formula-as-a-name", "только буквы, пробел, дефис, апостроф и точка" },
    };

    [Theory(Timeout = 60_000), MemberData(nameof(Files))]
    public async Task Preview_HostileFile_AnswersWithAMessageAndWritesNothing(string file, string message)
    {
        var app = await apps.GetAsync(Db.Sqlite);
        var (school, client) = await app.SchoolWithCoordinatorAsync();
        var (name, content) = Make(file);

        var (response, page) = await client.PreviewAsync("students", name, content, TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Errors(page), e => e.Contains(message, StringComparison.Ordinal));
        Assert.Null(ApplyForm(page));
        Assert.Equal(0, await app.StudentCountAsync(school));
    }

    public static TheoryData<string, string> TimetableFiles => new()
    {
        { "dimension", "столбцов" },
        { "zip-bomb", "слишком велика" },
        { "csv-50000-rows", "больше 5\u00a0000 строк" },
        { "formula-as-a-class", "неверное название класса" },
    };

    [Theory(Timeout = 60_000), MemberData(nameof(TimetableFiles))]
    public async Task Preview_HostileTimetableFile_AnswersWithAMessageAndWritesNothing(string file, string message)
    {
        var app = await apps.GetAsync(Db.Sqlite);
        var (school, client) = await app.SchoolWithCoordinatorAsync();
        var (name, content) = Make(file);

        var (response, page) = await client.PreviewAsync("timetable", name, content, TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Errors(page), e => e.Contains(message, StringComparison.Ordinal));
        Assert.Null(ApplyForm(page));
        Assert.Equal(0, await app.WithDbAsync(school.Id, d => d.Timetables.CountAsync()));
    }

    private static (string Name, byte[] Content) Make(string file) => file switch
    {
        "formula-as-a-class" => ("formula.csv", Utf8Csv("Класс;Группа;День;Урок;Предмет;Учитель;Кабинет;Недели", "=A1&\"А\";;Пн;1;Математика;;;")),
        // The probe's 1.6 KB file: a dimension of the whole sheet and one cell in its last corner.
        "dimension" => ("dimension.xlsx", Xlsx("<dimension ref=\"A1:XFD1048576\"/><sheetData><row r=\"1048576\"><c r=\"XFD1048576\" t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData>")),
        "far-row" => ("far-row.xlsx", Xlsx("<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>ФИО</t></is></c></row><row r=\"900000\"><c r=\"A900000\" t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData>")),
        "shared-string-without-part" => ("shared.xlsx", Xlsx("<dimension ref=\"A1:B2\"/><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\" t=\"s\"><v>7</v></c></row></sheetData>")),
        "broken-xml" => ("broken.xlsx", Xlsx("<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>ФИО</t></is></c></row><row r=\"2\"><c r=\"A2\"")),
        "zip-bomb" => ("bomb.xlsx", Bomb()),
        "long-cell" => ("long.xlsx", Xlsx($"<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>ФИО</t></is></c></row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>{new string('я', 5000)}</t></is></c></row></sheetData>")),
        "formula-as-a-name" => ("formula.csv", Utf8Csv(StudentsHeader, "=HYPERLINK(\"http://example.ru\",\"Иванов Иван\") Петров;01.01.2015;м;;5А;;;;;;;;;;")),
        "csv-50000-rows" => ("many.csv", Utf8Csv([StudentsHeader, .. Enumerable.Range(1, 50_000).Select(i => $"Ученик{i} Иван;01.01.2015;м;;5А;;;;;;;;;;")])),
        _ => ("wide.csv", Utf8Csv(string.Join(';', Enumerable.Range(1, 500).Select(i => $"Столбец {i}")))),
    };

    /// <summary>A minimal workbook whose one sheet holds <paramref name="sheetBody"/> (no shared-strings part).</summary>
    private static byte[] Xlsx(string sheetBody)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Part(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            Part(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            Part(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Лист1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            Part(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            Part(zip, "xl/worksheets/sheet1.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">{sheetBody}</worksheet>");
        }

        return buffer.ToArray();
    }

    /// <summary>A workbook with a 300 MB part of one repeated byte: a few hundred kilobytes packed.</summary>
    private static byte[] Bomb()
    {
        using var buffer = new MemoryStream();
        buffer.Write(Xlsx("<sheetData/>"));
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var part = zip.CreateEntry("xl/worksheets/sheet2.xml", CompressionLevel.SmallestSize).Open();
            var block = new byte[1024 * 1024];
            Array.Fill(block, (byte)' ');
            for (var i = 0; i < 300; i++)
            {
                part.Write(block);
            }
        }

        return buffer.ToArray();
    }

    private static void Part(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }
}
