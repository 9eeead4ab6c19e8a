using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Parta.Data;

namespace Parta.Migrations.Sqlite;

/// <summary>Used by <c>dotnet ef migrations add</c> (see <c>scripts/add-migration</c>); never at run time.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<PartaDbContext>
{
    public PartaDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PartaDbContext>();
        PartaDatabase.Configure(options, DatabaseProvider.Sqlite, "Data Source=design.db");
        return new PartaDbContext(options.Options);
    }
}
