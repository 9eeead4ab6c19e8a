using Microsoft.Data.Sqlite;
using Parta.Web.Hosting;

namespace Parta.Web.Tests.Hosting;

/// <summary>The host as admin tool, run in-process as <c>dotnet run -- &lt;command&gt;</c> would run it.</summary>
public sealed class CommandsTests
{
    [Fact]
    public async Task SeedDemo_TwiceOnAFreshDirectory_CreatesTheSchoolOnce()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"parta-cmd-{Guid.NewGuid():N}");
        try
        {
            Assert.Equal(0, await PartaCommands.RunAsync(["seed", "demo", $"--Parta:DataDirectory={dir}", "--Logging:LogLevel:Default=Warning"]));
            Assert.Equal(0, await PartaCommands.RunAsync(["seed", "demo", $"--Parta:DataDirectory={dir}", "--Logging:LogLevel:Default=Warning"]));

            await using var connection = new SqliteConnection($"Data Source={Path.Combine(dir, "parta.db")}");
            await connection.OpenAsync();
            Assert.Equal(1L, await ScalarAsync(connection, "SELECT COUNT(*) FROM Schools WHERE IsDemo = 1"));
            Assert.Equal(6L, await ScalarAsync(connection, "SELECT COUNT(*) FROM Users WHERE UserName IN ('admin','coordinator','director','teacher','parent','student')"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task UnknownCommand_ExitsWithUsage()
    {
        Assert.Equal(2, await PartaCommands.RunAsync(["frobnicate"]));
        Assert.Equal(2, await PartaCommands.RunAsync(["seed", "galaxy"]));
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
