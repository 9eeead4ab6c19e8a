using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Parta.Data;

/// <summary>
/// Writes new rows of generated data (the dataset presets) in bulk, past the change tracker: PostgreSQL's binary
/// <c>COPY … FROM STDIN</c>, and on SQLite one prepared <c>INSERT</c> per table run in one transaction. Columns, their
/// names and value conversions (enums by name, the providers' own types) come from the EF model, so a row written here
/// reads back through EF exactly as one written by <c>SaveChanges</c>; tables are written principals first.
/// Nothing here is audited or versioned: it is for data that no person entered (the generated history is empty, as with
/// <see cref="PartaDbContext.GeneratedDataWithoutAudit"/>). Product code saves through the change tracker.
/// </summary>
public static class BulkInsert
{
    /// <summary>Rows of one table are sent in batches of this many on SQLite (a transaction each).</summary>
    private const int SqliteBatch = 50_000;

    /// <summary>How many rows were written and how long it took.</summary>
    public sealed record Written(long Rows, TimeSpan Elapsed)
    {
        public double RowsPerSecond => Elapsed.TotalSeconds > 0 ? Rows / Elapsed.TotalSeconds : Rows;

        public Written Plus(Written other) => new(Rows + other.Rows, Elapsed + other.Elapsed);
    }

    /// <summary>Writes the entities added to the change tracker, then clears the tracker.</summary>
    public static async Task<Written> FlushAddedAsync(PartaDbContext db, CancellationToken ct = default)
    {
        var added = db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        db.ChangeTracker.Clear();
        return await WriteAsync(db, added, ct);
    }

    /// <summary>Writes new rows of any mapped entity types (no shadow properties), principals before dependants.</summary>
    public static async Task<Written> WriteAsync(PartaDbContext db, IEnumerable<object> entities, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        var order = Order(db.Model);
        var tables = entities.GroupBy(e => e.GetType())
            .Select(g => (Type: db.Model.FindEntityType(g.Key) ?? throw new InvalidOperationException($"{g.Key.Name} is not mapped."), Rows: g.ToList()))
            .OrderBy(t => order[t.Type])
            .ToList();
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await db.Database.OpenConnectionAsync(ct);
        }

        long rows = 0;
        try
        {
            foreach (var (type, list) in tables)
            {
                var columns = Columns(type, db.Database.IsNpgsql());
                if (connection is NpgsqlConnection npgsql)
                {
                    await CopyAsync(npgsql, type.GetTableName()!, columns, list, ct);
                }
                else
                {
                    await InsertAsync(db, connection, type.GetTableName()!, columns, list, ct);
                }

                rows += list.Count;
            }
        }
        finally
        {
            if (opened)
            {
                await db.Database.CloseConnectionAsync();
            }
        }

        return new Written(rows, clock.Elapsed);
    }

    private sealed record Column(string Name, string StoreType, IProperty Property, RelationalTypeMapping Mapping)
    {
        public object? Value(object entity)
        {
            var value = Property.GetGetter().GetClrValueUsingContainingEntity(entity);
            return value is null ? null : Mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value;
        }
    }

    private static List<Column> Columns(IEntityType type, bool npgsql)
    {
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var columns = new List<Column>();
        foreach (var property in type.GetProperties())
        {
            if (property.IsShadowProperty())
            {
                throw new InvalidOperationException($"{type.DisplayName()}.{property.Name} is a shadow property: not written in bulk.");
            }

            // PostgreSQL's row version is its xmin system column, not a column of ours.
            if (npgsql && property.IsConcurrencyToken && property.ValueGenerated == Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.OnAddOrUpdate)
            {
                continue;
            }

            var mapping = (RelationalTypeMapping)property.GetTypeMapping();
            columns.Add(new Column(property.GetColumnName(table)!, property.GetColumnType(table), property, mapping));
        }

        return columns;
    }

    private static async Task CopyAsync(NpgsqlConnection connection, string table, List<Column> columns, List<object> rows, CancellationToken ct)
    {
        var writers = columns.Select(CopyWriter).ToArray();
        var sql = $"COPY \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) FROM STDIN (FORMAT BINARY)";
        await using var importer = await connection.BeginBinaryImportAsync(sql, ct);
        foreach (var row in rows)
        {
            // Synchronous writes into the importer's buffer (it flushes to the server as it fills): one await a row, not a value.
            await importer.StartRowAsync(ct);
            for (var i = 0; i < columns.Count; i++)
            {
                if (columns[i].Value(row) is { } value)
                {
                    writers[i](importer, value);
                }
                else
                {
                    importer.WriteNull();
                }
            }
        }

        await importer.CompleteAsync(ct);
    }

    /// <summary>
    /// A typed write of one column's provider values: the importer then resolves the column's PostgreSQL type once, not
    /// for every value as it does for <c>object</c>. COPY wants the type's name without modifiers ("character varying").
    /// </summary>
    private static Action<NpgsqlBinaryImporter, object> CopyWriter(Column column)
    {
        var type = column.Mapping.Converter?.ProviderClrType ?? column.Mapping.ClrType;
        type = Nullable.GetUnderlyingType(type) ?? type;
        var dataTypeName = column.StoreType.Split('(')[0].Trim();
        var write = typeof(BulkInsert).GetMethod(nameof(WriteTyped), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(type);
        return (Action<NpgsqlBinaryImporter, object>)write.Invoke(null, [dataTypeName])!;
    }

    private static Action<NpgsqlBinaryImporter, object> WriteTyped<T>(string dataTypeName) =>
        (importer, value) => importer.Write((T)value, dataTypeName);

    private static async Task InsertAsync(PartaDbContext db, DbConnection connection, string table, List<Column> columns, List<object> rows, CancellationToken ct)
    {
        for (var start = 0; start < rows.Count; start += SqliteBatch)
        {
            var own = db.Database.CurrentTransaction is null;
            await using var transaction = own ? await connection.BeginTransactionAsync(ct) : null;
            await using var command = connection.CreateCommand();
            command.Transaction = transaction ?? db.Database.CurrentTransaction!.GetDbTransaction();
            command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) "
                + $"VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
            var parameters = new DbParameter[columns.Count];
            for (var i = 0; i < columns.Count; i++)
            {
                // The mapping configures the parameter as SaveChanges would (a GUID as TEXT on SQLite, and so on).
                parameters[i] = columns[i].Mapping.CreateParameter(command, $"@p{i}", null, nullable: true);
                command.Parameters.Add(parameters[i]);
            }

            await command.PrepareAsync(ct);
            foreach (var row in rows.Skip(start).Take(SqliteBatch))
            {
                for (var i = 0; i < columns.Count; i++)
                {
                    parameters[i].Value = columns[i].Value(row) ?? DBNull.Value;
                }

                await command.ExecuteNonQueryAsync(ct);
            }

            if (transaction is not null)
            {
                await transaction.CommitAsync(ct);
            }
        }
    }

    /// <summary>Each entity type's place: after every type it refers to (self-references aside).</summary>
    private static Dictionary<IEntityType, int> Order(IModel model)
    {
        var order = new Dictionary<IEntityType, int>();
        var visiting = new HashSet<IEntityType>();
        foreach (var type in model.GetEntityTypes().OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            Visit(type);
        }

        return order;

        void Visit(IEntityType type)
        {
            if (order.ContainsKey(type) || !visiting.Add(type))
            {
                return;
            }

            foreach (var key in type.GetForeignKeys().Where(k => k.PrincipalEntityType != type))
            {
                Visit(key.PrincipalEntityType);
            }

            order[type] = order.Count;
        }
    }
}
