using Parta.Access;

namespace Parta.Tests.Access;

public sealed class LoginTransliterationTests
{
    [Theory]
    [InlineData("Щербаков", "shcherbakov")]
    [InlineData("Ёлкин", "elkin")]
    [InlineData("Юлия", "yuliya")]
    [InlineData("Жуков", "zhukov")]
    [InlineData("Хохлова", "khokhlova")]
    [InlineData("Цветаева", "tsvetaeva")]
    [InlineData("Чайковский", "chaykovskiy")]
    [InlineData("Шишкин", "shishkin")]
    [InlineData("Подъячев", "podyachev")]
    [InlineData("Крыльцов", "kryltsov")]
    [InlineData("Эрдман", "erdman")]
    [InlineData("Римский-Корсаков", "rimskiy-korsakov")]
    public void Transliterate_RussianName_GivesPassportLikeLowercase(string name, string expected) =>
        Assert.Equal(expected, LoginTransliteration.Transliterate(name));

    [Fact]
    public void BaseLogin_OrdinarySurname_IsTheSurnameAlone() =>
        Assert.Equal("shcherbakov", LoginTransliteration.BaseLogin("Щербаков", "Пётр", "Ильич"));

    [Fact]
    public void BaseLogin_VeryShortSurname_AddsInitials() =>
        Assert.Equal("lias", LoginTransliteration.BaseLogin("Ли", "Анна", "Сергеевна"));

    [Fact]
    public void Unique_FreeLogin_IsKept() =>
        Assert.Equal("shcherbakov", LoginTransliteration.Unique("shcherbakov", _ => false));

    [Fact]
    public void Unique_Collisions_AreNumberedFromTwo()
    {
        var taken = new HashSet<string>(StringComparer.Ordinal) { "shcherbakov", "shcherbakov2" };

        var login = LoginTransliteration.Unique("shcherbakov", taken.Contains);

        Assert.Equal("shcherbakov3", login);
    }

    [Fact]
    public void OneTimePassword_IsLongAndHasNoAmbiguousCharacters()
    {
        var password = OneTimePassword.Generate();

        Assert.True(password.Length >= 10);
        Assert.DoesNotContain(password, c => "0oO1lIi".Contains(c, StringComparison.Ordinal));
        Assert.NotEqual(password, OneTimePassword.Generate());
    }
}
