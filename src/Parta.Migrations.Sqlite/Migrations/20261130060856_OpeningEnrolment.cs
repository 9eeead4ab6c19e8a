using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Parta.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OpeningEnrolment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A school's first records in its book are the students it already had when it began keeping the book here
            // (the import and the demo wrote them as arrivals). They become the opening enrolment, which the movement
            // report counts «на начало», not as arrivals: each school's admissions dated on the day of its earliest
            // record, where they are the student's first record.
            migrationBuilder.Sql("""
                UPDATE "MovementEvents" SET "Kind" = 'OpeningEnrolment'
                WHERE "Kind" = 'Admission'
                  AND "Date" = (SELECT MIN(f."Date") FROM "MovementEvents" AS f
                                WHERE f."SchoolId" = "MovementEvents"."SchoolId" AND NOT f."Cancelled")
                  AND NOT EXISTS (SELECT 1 FROM "MovementEvents" AS p
                                  WHERE p."StudentId" = "MovementEvents"."StudentId" AND p."Id" <> "MovementEvents"."Id"
                                    AND p."Date" < "MovementEvents"."Date");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE "MovementEvents" SET "Kind" = 'Admission' WHERE "Kind" = 'OpeningEnrolment';
                """);
        }
    }
}
