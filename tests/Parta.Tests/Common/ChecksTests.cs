namespace Parta.Tests.Common;

/// <summary>The field rules every use case applies: what they let through and what they refuse, with the message.</summary>
public sealed class ChecksTests
{
    [Theory]
    [InlineData("Ёлкина")]
    [InlineData("Мамед оглы")]
    [InlineData("Сен-Жюст")]
    [InlineData("Д'Артаньян")]
    [InlineData("Nguyễn")]
    public void PersonName_RealNames_PassTrimmed(string name)
    {
        var checks = new Checks();

        var result = checks.PersonName($"  {name} ", "LastName", "Фамилия");

        Assert.Equal(name, result);
        Assert.False(checks.Failed);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("Иван|Петров")]
    [InlineData("Robert'); DROP TABLE")]
    [InlineData("Иванов2")]
    public void PersonName_FormulasAndSigns_AreRefused(string name)
    {
        var checks = new Checks();

        Assert.Null(checks.PersonName(name, "LastName", "Фамилия"));

        var error = Assert.Single(checks.Errors);
        Assert.Equal(("LastName", "Поле «Фамилия»: только буквы, пробел, дефис, апостроф и точка."), (error.Field, error.Message));
    }

    [Theory]
    [InlineData("a\u0000b")]
    [InlineData("a\u001b[31m")]
    [InlineData("строка\r\nвторая")]
    public void Text_ControlCharacters_AreRefused(string text)
    {
        var checks = new Checks();

        Assert.Null(checks.Text(text, "Reason", "Основание", 500));

        Assert.Equal("Поле «Основание» содержит недопустимые (управляющие) символы.", Assert.Single(checks.Errors).Message);
    }

    [Fact]
    public void Text_LongerThanItsColumn_IsRefusedWithTheLimit()
    {
        var checks = new Checks();

        Assert.Null(checks.Text(new string('7', 51), "OrderNumber", "Номер приказа", 50));

        Assert.Equal("Поле «Номер приказа»: не длиннее 50 символов.", Assert.Single(checks.Errors).Message);
    }

    [Theory]
    [InlineData(1989, 12, 31)]
    [InlineData(2036, 12, 1)]
    [InlineData(9999, 12, 31)]
    public void Date_OutsideTheSchoolsWindow_IsRefused(int year, int month, int day)
    {
        var checks = new Checks();

        Assert.Null(checks.Date(new DateOnly(year, month, day), "Date", "Дата события", DateWindow.SchoolLife(new DateOnly(2026, 11, 30))));

        Assert.Contains("вне допустимого промежутка 01.01.1990 – 30.11.2036", Assert.Single(checks.Errors).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("withdrawal", true)]
    [InlineData("Withdrawal", true)]
    [InlineData("6", false)]
    [InlineData("999", false)]
    [InlineData("admission,withdrawal", false)]
    [InlineData("", false)]
    public void EnumCode_TakesNamesOnly(string text, bool parsed) =>
        Assert.Equal(parsed, EnumCode.TryParse<Parta.Movement.MovementKind>(text, out _));
}
