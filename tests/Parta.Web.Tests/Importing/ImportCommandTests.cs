using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Web.Hosting;
using Parta.Web.Tests.Infrastructure;
using static Parta.Web.Tests.Importing.ImportClient;

namespace Parta.Web.Tests.Importing;

/// <summary><c>import &lt;kind&gt; &lt;file&gt; --school S</c>, run in-process as <c>dotnet run -- import …</c> would run it.</summary>
public sealed class ImportCommandTests(TestApps apps)
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task ImportCommand_FileWithErrorsThenFixedFile_ExitsOneWritingNothingThenZero(Db db)
    {
        var dir = Path.Combine(Path.GetTempPath(), $"parta-import-cmd-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        string[] host = [$"--Parta:DataDirectory={dir}", "--Logging:LogLevel:Default=Warning"];
        if (db == Db.Postgres)
        {
            Requirements.SkipOrFailWhenMissing(PostgresServer.FindBinaries() is not null, "PostgreSQL binaries are not installed");
            var connectionString = await (await apps.PostgresAsync()).CreateDatabaseAsync();
            host = [.. host, "--Database:Provider=Postgres", $"--ConnectionStrings:Parta={connectionString}"];
        }

        try
        {
            Assert.Equal(0, await PartaCommands.RunAsync(["seed", "demo", .. host]));
            var demoStudents = await CountStudentsAsync(db, host, dir);
            var bad = Path.Combine(dir, "ученики-с-ошибкой.csv");
            var good = Path.Combine(dir, "ученики.csv");
            await File.WriteAllBytesAsync(bad, Utf8Csv(StudentsHeader,
                "Петров Пётр Петрович;01.02.2015;м;Ф-901;5А;;;;;;;;;;",
                "Сидорова Ольга Игоревна;31.02.2014;ж;Ф-902;7Б;;;;;;;;;;"));
            await File.WriteAllBytesAsync(good, Utf8Csv(StudentsHeader,
                "Петров Пётр Петрович;01.02.2015;м;Ф-901;5А;;;;;;;;;;",
                "Сидорова Ольга Игоревна;28.02.2014;ж;Ф-902;7Б;;;;;;;;;;"));

            var withErrors = await PartaCommands.RunAsync(["import", "students", bad, "--school", "СОШ № 1", .. host]);
            var afterErrors = await CountStudentsAsync(db, host, dir);
            var fixedFile = await PartaCommands.RunAsync(["import", "students", good, "--school", "СОШ № 1", .. host]);
            var again = await PartaCommands.RunAsync(["import", "students", good, "--school", "СОШ № 1", .. host]);
            var unknownSchool = await PartaCommands.RunAsync(["import", "students", good, "--school", "Нет такой", .. host]);

            Assert.Equal(1, withErrors);
            Assert.Equal(demoStudents, afterErrors);
            Assert.Equal(0, fixedFile);
            Assert.Equal(0, again);
            Assert.Equal(demoStudents + 2, await CountStudentsAsync(db, host, dir));
            Assert.Equal(2, unknownSchool);
            Assert.Equal(2, await PartaCommands.RunAsync(["import", "pets", good, "--school", "СОШ № 1", .. host]));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    private static async Task<int> CountStudentsAsync(Db db, string[] host, string dir)
    {
        var options = new DbContextOptionsBuilder<PartaDbContext>();
        var connectionString = db == Db.Postgres
            ? host.Single(a => a.StartsWith("--ConnectionStrings:Parta=", StringComparison.Ordinal))["--ConnectionStrings:Parta=".Length..]
            : PartaDatabase.DefaultSqliteConnectionString(dir);
        PartaDatabase.Configure(options, db == Db.Postgres ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite, connectionString);
        await using var context = new PartaDbContext(options.Options);
        return await context.Students.IgnoreQueryFilters().CountAsync();
    }
}
