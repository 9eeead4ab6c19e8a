using CsCheck;
using Parta.Journal;

namespace Parta.Tests.Journal;

public sealed class MarkScalesTests
{
    [Theory]
    [InlineData("5", "5", 5)]
    [InlineData(" 4 ", "4", 4)]
    [InlineData("1", "1", 1)]
    public void Read_FivePointDigit_IsTheValueWithItsPoints(string typed, string value, int points)
    {
        Assert.Equal((value, (int?)points), MarkScales.Read(MarkScale.FivePoint, typed));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("6")]
    [InlineData("45")]
    [InlineData("5-")]
    [InlineData("зач")]
    [InlineData("")]
    [InlineData(null)]
    public void Read_OffTheFivePointScale_IsNothing(string? typed)
    {
        Assert.Null(MarkScales.Read(MarkScale.FivePoint, typed));
    }

    [Theory]
    [InlineData("зач", "зач")]
    [InlineData("Зачёт", "зач")]
    [InlineData("+", "зач")]
    [InlineData("незачёт", "незач")]
    [InlineData("Н/З", "незач")]
    [InlineData("-", "незач")]
    public void Read_PassFail_ReadsTheUsualSpellings_WithoutPoints(string typed, string value)
    {
        Assert.Equal((value, (int?)null), MarkScales.Read(MarkScale.PassFail, typed));
    }

    [Fact]
    public void Read_PassFail_RefusesDigits()
    {
        Assert.Null(MarkScales.Read(MarkScale.PassFail, "5"));
    }

    [Fact]
    public void Read_AnyText_IsEitherNothingOrAValueOfTheScale()
    {
        Gen.String.Sample(text =>
        {
            foreach (var scale in Enum.GetValues<MarkScale>())
            {
                if (MarkScales.Read(scale, text) is { } read)
                {
                    Assert.Contains(read.Value, MarkScales.Values(scale));
                }
            }
        });
    }
}

public sealed class CellIdTests
{
    [Fact]
    public void For_SameKeys_SameId_AndKeysInOtherOrder_AnotherId()
    {
        var (a, b) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        Assert.Equal(CellId.For(a, b), CellId.For(a, b));
        Assert.NotEqual(CellId.For(a, b), CellId.For(b, a));
        Assert.Equal(8, CellId.For(a, b).Version);
    }
}
