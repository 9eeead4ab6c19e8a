namespace Parta.Web.Hosting;

/// <summary>The <c>Parta</c> section of the configuration (environment: <c>Parta__DataDirectory</c> …).</summary>
public sealed class PartaOptions
{
    public const string Section = "Parta";

    /// <summary>Database file, uploaded files and keys. Default <c>./data</c> relative to the working directory.</summary>
    public string DataDirectory { get; set; } = "./data";

    public SignInLimits SignIn { get; set; } = new();
}

public sealed class SignInLimits
{
    public int PerIpPerMinute { get; set; } = 30;
    public int PerLoginPerMinute { get; set; } = 10;
}

/// <summary>The database settings: <c>Database:Provider</c>, <c>ConnectionStrings:Parta</c>, <c>Database:MigrateOnStart</c>.</summary>
public sealed record DatabaseSettings(Parta.Data.DatabaseProvider Provider, string ConnectionString, bool MigrateOnStart, string DataDirectory)
{
    public static DatabaseSettings From(IConfiguration configuration)
    {
        var dataDirectory = Path.GetFullPath(configuration[$"{PartaOptions.Section}:DataDirectory"] is { Length: > 0 } d ? d : "./data");
        var provider = Parta.Data.PartaDatabase.ParseProvider(configuration["Database:Provider"]);
        var connectionString = configuration.GetConnectionString("Parta");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = provider == Parta.Data.DatabaseProvider.Sqlite
                ? Parta.Data.PartaDatabase.DefaultSqliteConnectionString(dataDirectory)
                : throw new InvalidOperationException(
                    "Database:Provider is Postgres but ConnectionStrings:Parta is empty (set ConnectionStrings__Parta).");
        }

        return new DatabaseSettings(provider, connectionString, configuration.GetValue("Database:MigrateOnStart", false), dataDirectory);
    }
}
