using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Parta.Data;

/// <summary>
/// Sets the per-connection SQLite settings that make an acknowledged write durable:
/// <c>synchronous=FULL</c> (fsync at every commit in WAL mode), foreign keys enforced, and a busy timeout
/// so that concurrent writers wait instead of failing: SQLite has one writer at a time, and a large import holds
/// the write lock for tens of seconds (docs/PERFORMANCE.md). WAL itself is persistent in the file and is set at start-up.
/// </summary>
public sealed class SqliteDurabilityInterceptor : DbConnectionInterceptor
{
    public static readonly SqliteDurabilityInterceptor Instance = new();

    private const string Pragmas = "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
