using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Parta.Data;

/// <summary>
/// Refuses to run on a database that could lose an acknowledged write: checked at start-up.
/// SQLite must be in WAL mode with synchronous=FULL and foreign keys on; PostgreSQL must have
/// fsync, synchronous_commit and full_page_writes on.
/// </summary>
public static class DurabilityCheck
{
    public static async Task<IReadOnlyList<string>> FindProblemsAsync(PartaDbContext db, CancellationToken ct = default)
    {
        var problems = new List<string>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            if (db.Database.IsSqlite())
            {
                await ExecuteAsync("PRAGMA journal_mode=WAL;");
                Expect("journal_mode", await ScalarAsync("PRAGMA journal_mode;"), "wal");
                Expect("synchronous", await ScalarAsync("PRAGMA synchronous;"), "2");
                Expect("foreign_keys", await ScalarAsync("PRAGMA foreign_keys;"), "1");
            }
            else if (db.Database.IsNpgsql())
            {
                foreach (var setting in new[] { "fsync", "synchronous_commit", "full_page_writes" })
                {
                    Expect(setting, await ScalarAsync($"SHOW {setting};"), "on");
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return problems;

        void Expect(string setting, string? actual, string expected)
        {
            if (!string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"{setting} is '{actual}', must be '{expected}'");
            }
        }

        async Task ExecuteAsync(string sql)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync(ct);
        }

        async Task<string?> ScalarAsync(string sql)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToString(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        }
    }
}
