using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Parta.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ConcurrencyTokens : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The concurrency token of a versioned row is PostgreSQL's xmin system column (see IVersioned): it exists in
            // every table already, so this migration only records it in the model. EF would emit AddColumn("xmin"),
            // which PostgreSQL refuses (npgsql/efcore.pg#3854), so those statements are removed here.
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
