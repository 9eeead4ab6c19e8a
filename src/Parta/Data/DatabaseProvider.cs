using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Parta.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>The one place that turns configuration into an EF Core provider.</summary>
public static class PartaDatabase
{
    public const string SqliteMigrationsAssembly = "Parta.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "Parta.Migrations.Postgres";

    public static DatabaseProvider ParseProvider(string? value) => value?.Trim().ToUpperInvariant() switch
    {
        null or "" or "SQLITE" => DatabaseProvider.Sqlite,
        "POSTGRES" or "POSTGRESQL" or "NPGSQL" => DatabaseProvider.Postgres,
        _ => throw new InvalidOperationException(
            $"Unknown Database:Provider '{value}'. Use 'Sqlite' or 'Postgres'."),
    };

    /// <summary>The SQLite connection string for the data directory when none is configured.</summary>
    public static string DefaultSqliteConnectionString(string dataDirectory) =>
        new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(dataDirectory, "parta.db"),
            ForeignKeys = true,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();

    public static void Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly));
                options.AddInterceptors(SqliteDurabilityInterceptor.Instance);
                break;
            case DatabaseProvider.Postgres:
                options.UseNpgsql(connectionString, o => o.MigrationsAssembly(PostgresMigrationsAssembly));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, null);
        }
    }
}
