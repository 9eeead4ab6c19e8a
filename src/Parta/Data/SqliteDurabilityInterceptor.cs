using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Parta.Data;

/// <summary>
/// Sets the per-connection SQLite settings that make an acknowledged write durable:
/// <c>synchronous=FULL</c> (fsync at every commit in WAL mode), foreign keys enforced, and a busy timeout
/// so that concurrent writers wait instead of failing: SQLite has one writer at a time, and a large import holds
/// the write lock for tens of seconds (docs/PERFORMANCE.md). WAL itself is persistent in the file and is set at start-up.
/// </summary>
/// <remarks>
/// The settings belong to the physical connection (the SQLite handle), which Microsoft.Data.Sqlite keeps in its pool
/// across opens; EF opens and closes the connection around every query, so they are set once per handle, not at every
/// open (that was three statements more for each query of every request).
/// </remarks>
public sealed class SqliteDurabilityInterceptor : DbConnectionInterceptor
{
    public static readonly SqliteDurabilityInterceptor Instance = new();

    private const string Pragmas = "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000;";

    private static readonly ConditionalWeakTable<object, object> Configured = new();
    private static readonly object Done = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsConfigured(connection, out var handle))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
        Remember(handle);
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsConfigured(connection, out var handle))
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
        Remember(handle);
    }

    private static bool IsConfigured(DbConnection connection, out object? handle)
    {
        handle = (connection as SqliteConnection)?.Handle;
        return handle is not null && Configured.TryGetValue(handle, out _);
    }

    private static void Remember(object? handle)
    {
        if (handle is not null)
        {
            Configured.AddOrUpdate(handle, Done);
        }
    }
}
