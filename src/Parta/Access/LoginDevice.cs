using System.Net;

namespace Parta.Access;

/// <summary>
/// What the login history says about where a sign-in came from, in words a person reads: «Chrome, Windows» instead of a
/// User-Agent header, «этот компьютер» instead of «::1». Only the browser's and the system's names, no versions: enough
/// to notice a sign-in that was not yours. The raw values stay in the history (and in a tooltip on the page).
/// </summary>
public static class LoginDevice
{
    public const string UnknownBrowser = "неизвестный браузер";

    /// <summary>Browsers by a mark of their own in the header. Order matters: Edge, Opera and Yandex also say «Chrome», Chrome also says «Safari».</summary>
    private static readonly (string Mark, string Name)[] Browsers =
    [
        ("YaBrowser/", "Яндекс Браузер"),
        ("YaSearchBrowser/", "Яндекс Браузер"),
        ("Edg/", "Edge"),
        ("EdgA/", "Edge"),
        ("EdgiOS/", "Edge"),
        ("Edge/", "Edge"),
        ("OPR/", "Opera"),
        ("OPiOS/", "Opera"),
        ("Opera", "Opera"),
        ("SamsungBrowser/", "Samsung Internet"),
        ("Firefox/", "Firefox"),
        ("FxiOS/", "Firefox"),
        ("CriOS/", "Chrome"),
        ("Chromium/", "Chromium"),
        ("Chrome/", "Chrome"),
        ("Trident/", "Internet Explorer"),
        ("MSIE ", "Internet Explorer"),
        ("Safari/", "Safari"),
    ];

    /// <summary>Systems likewise: an iPhone says «like Mac OS X», Android says «Linux».</summary>
    private static readonly (string Mark, string Name)[] Systems =
    [
        ("iPhone", "iPhone"),
        ("iPad", "iPad"),
        ("Android", "Android"),
        ("Windows", "Windows"),
        ("CrOS", "ChromeOS"),
        ("Macintosh", "macOS"),
        ("Mac OS X", "macOS"),
        ("Linux", "Linux"),
    ];

    /// <summary>«Chrome, Windows», «Safari, iPhone»; what is not recognised is «неизвестный браузер».</summary>
    public static string Browser(string? userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent))
        {
            return UnknownBrowser;
        }

        var browser = Find(Browsers, userAgent);
        var system = Find(Systems, userAgent);
        if (browser == "Safari" && system is not ("iPhone" or "iPad" or "macOS"))
        {
            // Every WebKit browser says «Safari»; only Apple's own systems run the real one.
            browser = null;
        }

        return (browser, system) switch
        {
            (null, null) => UnknownBrowser,
            (null, _) => $"{UnknownBrowser}, {system}",
            (_, null) => browser,
            _ => $"{browser}, {system}",
        };
    }

    /// <summary>«этот компьютер» for the server itself, an IPv4 address in IPv6 clothing as plain IPv4, else the address.</summary>
    public static string Address(string? ipAddress)
    {
        if (string.IsNullOrWhiteSpace(ipAddress))
        {
            return "";
        }

        if (!IPAddress.TryParse(ipAddress, out var address))
        {
            return ipAddress;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return IPAddress.IsLoopback(address) ? "этот компьютер" : address.ToString();
    }

    private static string? Find((string Mark, string Name)[] marks, string userAgent) =>
        marks.FirstOrDefault(m => userAgent.Contains(m.Mark, StringComparison.Ordinal)).Name;
}
