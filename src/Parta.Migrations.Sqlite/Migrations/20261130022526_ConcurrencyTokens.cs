using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Parta.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ConcurrencyTokens : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<uint>(
                name: "Version",
                table: "TeachingAssignments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<uint>(
                name: "Version",
                table: "Subjects",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<uint>(
                name: "Version",
                table: "StudyGroups",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<uint>(
                name: "Version",
                table: "Students",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<uint>(
                name: "Version",
                table: "StaffMembers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<uint>(
                name: "Version",
                table: "Schools",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<uint>(
                name: "Version",
                table: "SchoolClasses",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<uint>(
                name: "Version",
                table: "RolePermissionOverrides",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<uint>(
                name: "Version",
                table: "PeriodSchemes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<uint>(
                name: "Version",
                table: "Periods",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<uint>(
                name: "Version",
                table: "MovementEvents",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<uint>(
                name: "Version",
                table: "Guardianships",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<uint>(
                name: "Version",
                table: "Guardians",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<uint>(
                name: "Version",
                table: "GradeSettings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<uint>(
                name: "Version",
                table: "CurriculumLines",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<uint>(
                name: "Version",
                table: "CalendarEntries",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<uint>(
                name: "Version",
                table: "AcademicYears",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0u);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Version",
                table: "TeachingAssignments");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Subjects");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "StudyGroups");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Students");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "StaffMembers");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Schools");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "SchoolClasses");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "RolePermissionOverrides");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "PeriodSchemes");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Periods");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "MovementEvents");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Guardianships");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Guardians");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "GradeSettings");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "CurriculumLines");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "CalendarEntries");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "AcademicYears");
        }
    }
}
