using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Parta.Web.Tests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL server from the machine's binaries (<c>/usr/lib/postgresql/*/bin</c>): initdb into a
/// temporary folder, pg_ctl on a free loopback port, removed at the end. As root (CI), the server runs as the
/// unprivileged <c>postgres</c> user, since initdb and postgres refuse to run as root.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private readonly string _bin;
    private readonly string _dataDir;
    private readonly bool _asPostgresUser;
    private int _databases;

    private PostgresServer(string bin, string dataDir, int port, bool asPostgresUser)
    {
        _bin = bin;
        _dataDir = dataDir;
        Port = port;
        _asPostgresUser = asPostgresUser;
    }

    public int Port { get; }

    public string AdminConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Pooling=false";

    public static string? FindBinaries() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;

    public static async Task<PostgresServer> StartAsync()
    {
        var bin = FindBinaries() ?? throw new InvalidOperationException("PostgreSQL binaries not found in /usr/lib/postgresql/*/bin");
        var asPostgresUser = Environment.UserName == "root";
        var root = Path.Combine(Path.GetTempPath(), $"parta-pg-{Guid.NewGuid():N}");
        var dataDir = Path.Combine(root, "data");
        Directory.CreateDirectory(root);
        if (asPostgresUser)
        {
            await RunAsync("chown", ["postgres", root]);
        }

        var server = new PostgresServer(bin, dataDir, FreePort(), asPostgresUser);
        await server.PgAsync("initdb", ["-D", dataDir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
        await server.PgAsync("pg_ctl", [
            "-D", dataDir, "-l", Path.Combine(root, "server.log"), "-w", "-t", "60",
            "-o", $"-p {server.Port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={root} -c max_connections=200",
            "start",
        ]);
        return server;
    }

    /// <summary>A new empty database for one application instance.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"parta_{Interlocked.Increment(ref _databases)}_{Guid.NewGuid():N}"[..40];
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"CREATE DATABASE \"{name}\"";
        await command.ExecuteNonQueryAsync();
        return $"Host=127.0.0.1;Port={Port};Username=postgres;Database={name};Maximum Pool Size=50";
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await PgAsync("pg_ctl", ["-D", _dataDir, "-m", "immediate", "-w", "stop"]);
        }
        finally
        {
            try
            {
                Directory.Delete(Path.GetDirectoryName(_dataDir)!, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private Task PgAsync(string tool, string[] args) =>
        _asPostgresUser
            ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, tool), .. args])
            : RunAsync(Path.Combine(_bin, tool), args);

    private static async Task RunAsync(string file, string[] args)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({process.ExitCode}): {await stdout} {await stderr}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
