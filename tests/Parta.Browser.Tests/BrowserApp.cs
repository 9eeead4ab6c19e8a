using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Parta.Demo;

[assembly: AssemblyFixture(typeof(Parta.Browser.Tests.BrowserApp))]

namespace Parta.Browser.Tests;

/// <summary>
/// The application with the demo school on a real loopback port (Kestrel), and the machine's Chromium driven by
/// Playwright. Playwright never downloads a browser here: the machine's <c>/usr/bin/chromium</c> is launched.
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private Factory? _factory;
    private IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }

    public string BaseUrl { get; private set; } = "";

    public static string ScreenshotDirectory { get; } =
        Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            return;
        }

        _factory = new Factory();
        _factory.UseKestrel(0);
        _factory.StartServer();
        using (var scope = _factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoPreset>().SeedAsync();
        }

        var address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
        Directory.CreateDirectory(ScreenshotDirectory);
    }

    /// <summary>A fresh browser context (own cookies) with a page, or a skip (a failure under PARTA_REQUIRE_ALL=1).</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 800)
    {
        if (Browser is null)
        {
            const string reason = "Chromium is not installed (/usr/bin/chromium): browser tests skipped";
            if (Environment.GetEnvironmentVariable("PARTA_REQUIRE_ALL") == "1")
            {
                Assert.Fail(reason + " (PARTA_REQUIRE_ALL=1: nothing may be skipped)");
            }

            Assert.Skip(reason);
        }

        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "ru-RU",
        });
        var page = await context.NewPageAsync();
        WatchConsole(page);
        return page;
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IPage, List<string>> ConsoleErrors = [];

    /// <summary>
    /// Keeps every console error and uncaught script error of the page: a resource that fails to load, a script that
    /// throws, and every Content-Security-Policy violation (Chromium reports those as console errors).
    /// </summary>
    public static void WatchConsole(IPage page)
    {
        var errors = ConsoleErrors.GetOrCreateValue(page);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (errors)
                {
                    errors.Add($"{message.Text} ({message.Location})");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (errors)
            {
                errors.Add("uncaught: " + error);
            }
        };
    }

    /// <summary>Fails when the page has logged a console error or a CSP violation since it was opened.</summary>
    public static void AssertNoConsoleErrors(IPage page)
    {
        var errors = ConsoleErrors.GetOrCreateValue(page);
        lock (errors)
        {
            Assert.True(errors.Count == 0, $"Console errors on {page.Url}:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        }
    }

    public static async Task SignInAsync(IPage page, string login, string password = DemoPreset.Password)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Логин").FillAsync(login);
        await page.GetByLabel("Пароль").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Войти" }).ClickAsync();
    }

    /// <summary>Opens a drop-down of the main navigation and follows one of its entries, as a user would.</summary>
    public static async Task OpenMenuAsync(IPage page, string menu, string item)
    {
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Основная навигация" });
        await nav.GetByRole(AriaRole.Button, new() { Name = menu, Exact = true }).ClickAsync();
        await nav.GetByRole(AriaRole.Link, new() { Name = item, Exact = true }).ClickAsync();
    }

    /// <summary>
    /// Runs axe on the page as it stands and fails on any serious or critical violation, naming the elements; and fails
    /// on any console error or CSP violation the page has logged.
    /// </summary>
    public static async Task AssertAccessibleAsync(IPage page)
    {
        AssertNoConsoleErrors(page);
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length} × {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))})")
            .ToList();
        Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious));
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = true });

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }

    private sealed class Factory : WebApplicationFactory<Program>
    {
        private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"parta-browser-{Guid.NewGuid():N}");

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Sqlite",
                ["Parta:DataDirectory"] = _dataDirectory,
                ["Logging:LogLevel:Default"] = "Warning",

                // Every journey signs in as a demo person; the same login many times a minute is the tests, not an attack.
                ["Parta:SignIn:PerIpPerMinute"] = "100000",
                ["Parta:SignIn:PerLoginPerMinute"] = "100000",
            }));
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_dataDirectory, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
