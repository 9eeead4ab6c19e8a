using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Parta.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SchoolAccessBlock : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "BlockedAt",
                table: "SchoolMemberships",
                type: "TEXT",
                nullable: true);

            // A login blocked by a school before blocks were per school was shut out of every school: it stays so, now as a
            // block by each of its schools, which each school can lift for itself.
            migrationBuilder.Sql("""
                UPDATE "SchoolMemberships" SET "BlockedAt" = strftime('%Y-%m-%d %H:%M:%S', 'now')
                WHERE "UserId" IN (SELECT "Id" FROM "Users" WHERE "IsBlocked" = 1 AND NOT ("IsSystemAdministrator" = 1));
                UPDATE "Users" SET "IsBlocked" = 0
                WHERE "IsBlocked" = 1 AND NOT ("IsSystemAdministrator" = 1) AND "Id" IN (SELECT "UserId" FROM "SchoolMemberships");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "BlockedAt",
                table: "SchoolMemberships");
        }
    }
}
