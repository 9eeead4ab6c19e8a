using System.Text;
using Parta.Importing;

namespace Parta.Tests.Importing;

public sealed class SpreadsheetFileTests
{
    [Fact]
    public void DecodeText_Utf8WithOrWithoutBomAndWindows1251_GiveTheSameText()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        const string text = "ФИО;Класс\r\nЁлкина Вера;5А";

        var withBom = SpreadsheetFile.DecodeText([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);
        var withoutBom = SpreadsheetFile.DecodeText(Encoding.UTF8.GetBytes(text));
        var cp1251 = SpreadsheetFile.DecodeText(Encoding.GetEncoding(1251).GetBytes(text));

        Assert.Equal(text, withBom);
        Assert.Equal(text, withoutBom);
        Assert.Equal(text, cp1251);
    }

    [Fact]
    public void ParseCsv_CommaSeparatedWithQuotes_KeepsSeparatorsAndQuotesInsideFields()
    {
        var rows = SpreadsheetFile.ParseCsv("ФИО,Адрес\r\nИванов Иван,\"ул. Ленина, 1, \"\"угловой\"\"\"\r\n");

        Assert.Equal(2, rows.Count);
        Assert.Equal(["Иванов Иван", "ул. Ленина, 1, \"угловой\""], rows[1]);
    }

    [Fact]
    public void ParseCsv_SemicolonSeparated_SplitsOnSemicolonOnly()
    {
        var rows = SpreadsheetFile.ParseCsv("Предмет;Часов в неделю\nРусский язык;4,5");

        Assert.Equal(["Русский язык", "4,5"], rows[1]);
    }

    [Theory]
    [InlineData("5А", 5, "А")]
    [InlineData("5 а", 5, "А")]
    [InlineData("10-Б", 10, "Б")]
    [InlineData("11Г1", 11, "Г1")]
    public void ParseClass_UsualSpellings_GiveGradeAndLetter(string text, int grade, string letter)
    {
        Assert.Equal((grade, letter), ImportKeys.ParseClass(text));
    }

    [Theory]
    [InlineData("12А")]
    [InlineData("0А")]
    [InlineData("А5")]
    [InlineData("5")]
    public void ParseClass_NotAClass_GivesNull(string text)
    {
        Assert.Null(ImportKeys.ParseClass(text));
    }

    [Theory]
    [InlineData("report.xlsx", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14 }, null)]
    [InlineData("report.xlsx", new byte[] { 0x25, 0x50, 0x44, 0x46 }, "Файл с расширением .xlsx не является таблицей Excel.")]
    [InlineData("list.CSV", new byte[] { 0x41, 0x3B, 0x42 }, null)]
    [InlineData("list.csv", new byte[] { 0x41, 0x00, 0x42 }, "Файл с расширением .csv не является текстовым файлом CSV.")]
    [InlineData("photo.jpg", new byte[] { 0xFF, 0xD8 }, "Загрузите таблицу в формате XLSX или CSV.")]
    public void Problem_NameAndContent_AreBothChecked(string name, byte[] content, string? expected)
    {
        Assert.Equal(expected, SpreadsheetFile.Problem(name, content));
    }
}
