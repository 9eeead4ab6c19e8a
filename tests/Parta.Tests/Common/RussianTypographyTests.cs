using Parta.Common;

namespace Parta.Tests.Common;

public sealed class RussianTypographyTests
{
    [Theory]
    [InlineData("Школа № 1", "Школа №\u00A01")]
    [InlineData("МБОУ «Школа №  12»", "МБОУ «Школа №\u00A012»")]
    [InlineData("Иванова А. П.", "Иванова\u00A0А.\u00A0П.")]
    [InlineData("5 А класс", "5\u00A0А класс")]
    [InlineData("Гимназия 2 Арбата", "Гимназия 2 Арбата")]
    [InlineData("", "")]
    public void KeepTogether_JoinsWhatMustNotBreak(string text, string expected) =>
        Assert.Equal(expected, RussianTypography.KeepTogether(text));
}
