using Parta.Access;

namespace Parta.Tests.Access;

public sealed class PasswordRulesTests
{
    [Theory]
    [InlineData("12345678")]
    [InlineData("qwerty123")]
    [InlineData("Password1")]
    [InlineData("йцукенгш")]
    [InlineData("aaaaaaaaaaaa")]
    [InlineData("abababababab")]
    public void IsCommon_KnownWeakPassword_IsRefused(string password) => Assert.True(CommonPasswordValidator.IsCommon(password));

    [Theory]
    [InlineData("parta-demo")]
    [InlineData("зелёный чайник на окне")]
    [InlineData("correct horse battery")]
    public void IsCommon_LongUnusualPassword_IsAccepted(string password) => Assert.False(CommonPasswordValidator.IsCommon(password));
}
