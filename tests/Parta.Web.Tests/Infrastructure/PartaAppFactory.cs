using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Parta.Web.Tests.Infrastructure;

public enum Db
{
    Sqlite,
    Postgres,
}

/// <summary>Both database providers, for a test body run on each: <c>[Theory, ClassData(typeof(BothDatabases))]</c>.</summary>
public sealed class BothDatabases : TheoryData<Db>
{
    public BothDatabases()
    {
        Add(Db.Sqlite);
        Add(Db.Postgres);
    }
}

/// <summary>The real application on a database of its own: a temporary SQLite folder or a new PostgreSQL database.</summary>
public sealed class PartaAppFactory(Db db, IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    public Db Db { get; } = db;

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), $"parta-test-{Guid.NewGuid():N}");

    /// <summary>
    /// The application's clock: 30.11.2026 10:30 UTC (13:30 in Moscow, already 1 December on Kiritimati), moving a
    /// millisecond at every reading so that records made one after another keep their order. Tests read «now» and «today»
    /// from here, never from the machine, so no test depends on the hour it runs at.
    /// </summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 30, 10, 30, 0, TimeSpan.Zero))
    {
        AutoAdvanceAmount = TimeSpan.FromMilliseconds(1),
    };

    public static async Task<PartaAppFactory> CreateAsync(Db db, PostgresServer? postgres, IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Parta:SignIn:PerIpPerMinute"] = "100000",
            ["Parta:SignIn:PerLoginPerMinute"] = "1000",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Critical",
            ["Logging:LogLevel:Microsoft.AspNetCore.DataProtection"] = "Error",
            // The outbox is sent by the tests that mean to (OutboxWorker.RunOnceAsync), never behind another test's back.
            ["Parta:Mail:Worker:Enabled"] = "false",
            ["Parta:PublicBaseUrl"] = "https://parta.test",
        };
        if (db == Db.Postgres)
        {
            settings["Database:Provider"] = "Postgres";
            settings["Database:MigrateOnStart"] = "true";
            settings["ConnectionStrings:Parta"] = await postgres!.CreateDatabaseAsync();
        }
        else
        {
            settings["Database:Provider"] = "Sqlite";
        }

        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var factory = new PartaAppFactory(db, settings);
        factory.StartServer();
        return factory;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        var all = new Dictionary<string, string?>(settings) { ["Parta:DataDirectory"] = DataDirectory };
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(all));
        builder.ConfigureServices(services =>
        {
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
            // Hashes stay real PBKDF2 (the format records its own count), only cheaper: tests that make or reset hundreds of
            // accounts on two shared cores would otherwise spend minutes hashing while the browser suite runs beside them.
            services.Configure<Microsoft.AspNetCore.Identity.PasswordHasherOptions>(options => options.IterationCount = 1_000);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>
/// One application per database provider for the whole test assembly (tests isolate themselves by creating their
/// own school), and the throwaway PostgreSQL server they share.
/// </summary>
public sealed class TestApps : IAsyncLifetime
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly Dictionary<Db, PartaAppFactory> _apps = [];
    private readonly Lazy<Task<PostgresServer>> _postgres = new(PostgresServer.StartAsync);

    public async Task<PartaAppFactory> GetAsync(Db db)
    {
        if (db == Db.Postgres)
        {
            Requirements.SkipOrFailWhenMissing(PostgresServer.FindBinaries() is not null,
                "PostgreSQL binaries are not installed (/usr/lib/postgresql/*/bin): PostgreSQL tests skipped");
        }

        await _lock.WaitAsync();
        try
        {
            if (!_apps.TryGetValue(db, out var app))
            {
                app = await PartaAppFactory.CreateAsync(db, db == Db.Postgres ? await PostgresAsync() : null);
                _apps[db] = app;
            }

            return app;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>A separate application with its own settings (e.g. strict rate limits), disposed by the caller.</summary>
    public async Task<PartaAppFactory> CreateSeparateAsync(Db db, IDictionary<string, string?> settings)
    {
        if (db == Db.Postgres)
        {
            Requirements.SkipOrFailWhenMissing(PostgresServer.FindBinaries() is not null, "PostgreSQL binaries are not installed");
        }

        return await PartaAppFactory.CreateAsync(db, db == Db.Postgres ? await PostgresAsync() : null, settings);
    }

    public Task<PostgresServer> PostgresAsync() => _postgres.Value;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        foreach (var app in _apps.Values)
        {
            await app.DisposeAsync();
        }

        if (_postgres.IsValueCreated)
        {
            await (await _postgres.Value).DisposeAsync();
        }
    }
}
