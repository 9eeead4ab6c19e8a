namespace Parta.Tests.Common;

public sealed class RussianPluralTests
{
    [Theory]
    [InlineData(0, "0 классов")]
    [InlineData(1, "1 класс")]
    [InlineData(2, "2 класса")]
    [InlineData(4, "4 класса")]
    [InlineData(5, "5 классов")]
    [InlineData(11, "11 классов")]
    [InlineData(12, "12 классов")]
    [InlineData(14, "14 классов")]
    [InlineData(21, "21 класс")]
    [InlineData(22, "22 класса")]
    [InlineData(25, "25 классов")]
    [InlineData(101, "101 класс")]
    [InlineData(111, "111 классов")]
    [InlineData(1002, "1002 класса")]
    public void Count_ChoosesTheRussianForm(int n, string expected) =>
        Assert.Equal(expected, RussianPlural.Count(n, "класс", "класса", "классов"));
}
