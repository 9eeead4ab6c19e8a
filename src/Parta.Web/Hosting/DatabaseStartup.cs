using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;

namespace Parta.Web.Hosting;

/// <summary>
/// At start-up: brings the schema up to date (SQLite always; PostgreSQL when <c>Database:MigrateOnStart</c>),
/// refuses to run without durable settings or with migrations missing, and on an install with no account
/// prints a one-time link for creating the first administrator.
/// </summary>
internal sealed partial class DatabaseStartup(
    IServiceScopeFactory scopes, DatabaseSettings settings, IHostApplicationLifetime lifetime, IServer server,
    ILogger<DatabaseStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PartaDbContext>();
        await PrepareAsync(db, settings, logger, cancellationToken);

        if (!await db.Users.AnyAsync(cancellationToken))
        {
            var token = await CreateSetupTokenAsync(db, cancellationToken);
            lifetime.ApplicationStarted.Register(() =>
            {
                var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost:5080";
                var link = $"{address.TrimEnd('/')}/Account/Setup?token={token}";
                LogSetupLink(logger, link);
                Console.WriteLine($"{Environment.NewLine}Первый запуск: создайте администратора по одноразовой ссылке{Environment.NewLine}  {link}{Environment.NewLine}");
            });
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Migrates where this provider migrates itself, then checks durability and the schema.</summary>
    public static async Task PrepareAsync(PartaDbContext db, DatabaseSettings settings, ILogger logger, CancellationToken ct)
    {
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            Directory.CreateDirectory(settings.DataDirectory);
            if (db.Database.GetDbConnection().DataSource is { Length: > 0 } file && Path.GetDirectoryName(Path.GetFullPath(file)) is { } dir)
            {
                Directory.CreateDirectory(dir);
            }
        }

        var problems = await DurabilityCheck.FindProblemsAsync(db, ct);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(
                "The database is not configured for durable writes, refusing to start: " + string.Join("; ", problems));
        }

        if (settings.Provider == DatabaseProvider.Sqlite || settings.MigrateOnStart)
        {
            await db.Database.MigrateAsync(ct);
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0)
        {
            throw new InvalidOperationException(
                $"The database lacks {pending.Count} migration(s) ({string.Join(", ", pending)}). Run the 'migrate' command first.");
        }

        LogReady(logger, settings.Provider);
    }

    public static async Task<string> CreateSetupTokenAsync(PartaDbContext db, CancellationToken ct)
    {
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        var hash = Hash(token);
        var setting = await db.SystemSettings.FindAsync([SystemSetting.SetupTokenHash], ct);
        if (setting is null)
        {
            db.SystemSettings.Add(new SystemSetting { Key = SystemSetting.SetupTokenHash, Value = hash });
        }
        else
        {
            setting.Value = hash;
        }

        await db.SaveChangesAsync(ct);
        return token;
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    [LoggerMessage(Level = LogLevel.Warning, Message = "No account exists yet. Create the first administrator at {Link}")]
    private static partial void LogSetupLink(ILogger logger, string link);

    [LoggerMessage(Level = LogLevel.Information, Message = "Database ready ({Provider}): migrations applied, durable settings checked")]
    private static partial void LogReady(ILogger logger, DatabaseProvider provider);
}
