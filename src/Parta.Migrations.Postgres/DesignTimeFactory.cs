using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Parta.Data;

namespace Parta.Migrations.Postgres;

/// <summary>Used by <c>dotnet ef migrations add</c> (see <c>scripts/add-migration</c>); never at run time.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<PartaDbContext>
{
    public PartaDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PartaDbContext>();
        PartaDatabase.Configure(options, DatabaseProvider.Postgres, "Host=localhost;Database=parta_design");
        return new PartaDbContext(options.Options);
    }
}
