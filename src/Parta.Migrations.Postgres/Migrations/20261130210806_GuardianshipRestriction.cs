using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Parta.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class GuardianshipRestriction : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Restricted",
                table: "Guardianships",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "RestrictionNote",
                table: "Guardianships",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Restricted",
                table: "Guardianships");

            migrationBuilder.DropColumn(
                name: "RestrictionNote",
                table: "Guardianships");
        }
    }
}
