using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Parta.Data;
using Parta.Web.Tests.Infrastructure;

namespace Parta.Web.Tests.Data;

public sealed class DatabaseTests(TestApps apps)
{
    [Theory, ClassData(typeof(BothDatabases))]
    public void Migrations_OfEachProvider_CoverTheWholeModel(Db db)
    {
        var options = new DbContextOptionsBuilder<PartaDbContext>();
        PartaDatabase.Configure(options, db == Db.Sqlite ? DatabaseProvider.Sqlite : DatabaseProvider.Postgres,
            db == Db.Sqlite ? "Data Source=:memory:" : "Host=127.0.0.1;Database=unused");
        using var context = new PartaDbContext(options.Options, new CurrentUser());

        Assert.False(context.Database.HasPendingModelChanges(),
            $"The model has changes that the {db} migrations lack: run scripts/add-migration NAME");
    }

    [Theory, ClassData(typeof(BothDatabases))]
    public async Task RunningDatabase_HasDurableSettingsAndAllMigrations(Db db)
    {
        var app = await apps.GetAsync(db);
        using var scope = app.Services.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<PartaDbContext>();

        Assert.Empty(await DurabilityCheck.FindProblemsAsync(context));
        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task SqliteFile_IsInWalModeWithFullSync()
    {
        var app = await apps.GetAsync(Db.Sqlite);
        using var scope = app.Services.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<PartaDbContext>();
        await context.Database.OpenConnectionAsync();
        var connection = context.Database.GetDbConnection();

        Assert.Equal("wal", await ScalarAsync("PRAGMA journal_mode;"));
        Assert.Equal("2", await ScalarAsync("PRAGMA synchronous;"));
        Assert.Equal("1", await ScalarAsync("PRAGMA foreign_keys;"));
        Assert.True(File.Exists(Path.Combine(app.DataDirectory, "parta.db")));

        async Task<string?> ScalarAsync(string sql)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
