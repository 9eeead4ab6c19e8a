using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Parta.Migrations.Postgres.Migrations
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
                type: "timestamp with time zone",
                nullable: true);

            // A login blocked by a school before blocks were per school was shut out of every school: it stays so, now as a
            // block by each of its schools, which each school can lift for itself.
            migrationBuilder.Sql("""
                UPDATE "SchoolMemberships" SET "BlockedAt" = now() at time zone 'utc'
                WHERE "UserId" IN (SELECT "Id" FROM "Users" WHERE "IsBlocked" AND NOT ("IsSystemAdministrator"));
                UPDATE "Users" SET "IsBlocked" = false
                WHERE "IsBlocked" AND NOT ("IsSystemAdministrator") AND "Id" IN (SELECT "UserId" FROM "SchoolMemberships");
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
