using Parta.Access;

namespace Parta.Tests.Access;

public sealed class LoginDeviceTests
{
    [Theory]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", "Chrome, Windows")]
    [InlineData("Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1", "Safari, iPhone")]
    [InlineData("Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0", "Firefox, Linux")]
    [InlineData("Mozilla/5.0 (Linux; Android 13; SM-A525F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 YaBrowser/24.10.4.91.00 SA/3 Mobile Safari/537.36", "Яндекс Браузер, Android")]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 YaBrowser/24.12.0.0 Safari/537.36", "Яндекс Браузер, Windows")]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0", "Edge, Windows")]
    [InlineData("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15", "Safari, macOS")]
    [InlineData("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", "Chrome, macOS")]
    [InlineData("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.81 Mobile Safari/537.36", "Chrome, Android")]
    [InlineData("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1", "Chrome, iPhone")]
    [InlineData("Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1", "Safari, iPad")]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 OPR/115.0.0.0", "Opera, Windows")]
    [InlineData("Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36", "Samsung Internet, Android")]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0", "Firefox, Windows")]
    [InlineData("Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko", "Internet Explorer, Windows")]
    [InlineData("Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", "Chrome, ChromeOS")]
    public void Browser_RealUserAgent_IsTheBrowserAndTheSystem(string userAgent, string expected) =>
        Assert.Equal(expected, LoginDevice.Browser(userAgent));

    [Theory]
    [InlineData(null, "неизвестный браузер")]
    [InlineData("", "неизвестный браузер")]
    [InlineData("curl/8.5.0", "неизвестный браузер")]
    [InlineData("okhttp/4.12.0", "неизвестный браузер")]
    [InlineData("Dalvik/2.1.0 (Linux; U; Android 13; SM-A525F Build/TP1A.220624.014)", "неизвестный браузер, Android")]
    [InlineData("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15", "неизвестный браузер, Linux")]
    public void Browser_NotABrowserOrNothing_SaysUnknown(string? userAgent, string expected) =>
        Assert.Equal(expected, LoginDevice.Browser(userAgent));

    [Theory]
    [InlineData("::1", "этот компьютер")]
    [InlineData("127.0.0.1", "этот компьютер")]
    [InlineData("::ffff:127.0.0.1", "этот компьютер")]
    [InlineData("::ffff:192.168.1.20", "192.168.1.20")]
    [InlineData("95.165.10.4", "95.165.10.4")]
    [InlineData("2a02:6b8::feed:0ff", "2a02:6b8::feed:ff")]
    [InlineData(null, "")]
    [InlineData("не адрес", "не адрес")]
    public void Address_LoopbackMappedAndPlain_AreShownAsAPersonReadsThem(string? address, string expected) =>
        Assert.Equal(expected, LoginDevice.Address(address));
}
