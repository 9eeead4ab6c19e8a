using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Movement;
using Parta.Organisation;
using Parta.Scheduling;

namespace Parta.Importing;

/// <summary>
/// Imports a spreadsheet of one <see cref="ImportKind"/> into the current school's current academic year (the year
/// that contains the school's today, else the latest). Every row is validated first; a preview then tells what would
/// change, an apply writes it all in one transaction — or nothing when any row has an error. Re-importing the same file
/// changes nothing: rows are matched to what exists (students by personal file number, else full name and birth date;
/// guardians by full name among the student's guardians; staff by full name and birth date; classes by grade and
/// letter; subjects by name). Each kind lives in its own class (<see cref="StudentsImport"/> …).
/// </summary>
public sealed class ImportSpreadsheet(
    PartaDbContext db, CurrentUser currentUser, PermissionResolver permissions, RecordMovementEvent record, TimetableLessons lessons,
    TimeProvider time)
{
    /// <param name="Apply">False: a preview (nothing is written); true: written, if no row has an error.</param>
    public sealed record Request(ImportKind Kind, string FileName, byte[] Content, bool Apply);

    public sealed record KindForbidden(ImportKind What) : Forbidden($"Недостаточно прав для данных «{What.Title()}».");

    public async Task<Result<ImportResult>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var kind = request.Kind;
        if (!Enum.IsDefined(kind) || kind == ImportKind.LessonPlan)
        {
            // A lesson plan goes into the plan chosen on its page (Planning.ImportLessonPlan).
            return new Invalid("Неизвестный вид данных для загрузки.", nameof(Request.Kind));
        }

        if (!(await permissions.GetAsync(ct)).Has(kind.Permission()))
        {
            return new KindForbidden(kind);
        }

        var schoolId = currentUser.SchoolId ?? throw new InvalidOperationException("Import needs a current school.");
        SpreadsheetTable table;
        try
        {
            table = await SpreadsheetFile.ReadAsync(request.FileName, request.Content, ct);
        }
        catch (SpreadsheetFileException e)
        {
            return Failed(kind, null, [new ImportError(null, null, e.Message)]);
        }

        var run = new ImportRun(kind, table) { Applying = request.Apply };
        foreach (var column in kind.Columns().Where(c => c.Required && run.ColumnIndex(c.Header) < 0))
        {
            run.Errors.Add(new ImportError(null, null, $"Нет обязательного столбца «{column.Header}». Скачайте шаблон и сверьте заголовки."));
        }

        if (run.Errors.Count > 0)
        {
            return Failed(kind, null, run.Errors);
        }

        var year = await SchoolClock.CurrentYearAsync(db, await SchoolClock.TodayAsync(db, time, ct), ct);
        if (year is null)
        {
            return Failed(kind, null, [new ImportError(null, null, "В школе нет учебного года: сначала создайте учебный год.")]);
        }

        IImportKind importer = kind switch
        {
            ImportKind.Students => new StudentsImport(db, record, time),
            ImportKind.Staff => new StaffImport(db, time),
            ImportKind.Classes => new ClassesImport(db),
            ImportKind.Subjects => new SubjectsImport(db),
            ImportKind.Curriculum => new CurriculumImport(db),
            ImportKind.Timetable => new TimetableImport(db, lessons, time),
            _ => new AssignmentsImport(db),
        };

        // One DetectChanges for the whole file (before counting), not one per Add or Entry of thousands of rows.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await importer.PlanAsync(run, schoolId, year, ct);
            db.ChangeTracker.DetectChanges();
            var counts = run.Tallies.Select(t => t.Count(db)).ToList();
            var lines = run.Lines
                .Select(l => new ImportLine(l.Row, l.Title, ActionOf(db.Entry(l.Entity).State)))
                .ToList();
            var applied = false;
            if (request.Apply && run.Errors.Count == 0)
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.AutoDetectChangesEnabled = true;
                var afterErrors = await importer.AfterSaveAsync(run, year, ct);
                if (afterErrors.Count > 0)
                {
                    await transaction.RollbackAsync(ct);
                    return Failed(kind, year.Name, afterErrors);
                }

                await transaction.CommitAsync(ct);
                applied = true;
            }

            return new ImportResult(kind, year.Name, table.Rows.Count, counts, lines, run.Errors.OrderBy(e => e.Row).ToList(), applied)
            {
                Notes = run.Errors.Count == 0 ? run.Notes : [], Warnings = run.Errors.Count == 0 ? run.Warnings : [],
            };
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }
    }

    private static ImportResult Failed(ImportKind kind, string? year, IReadOnlyList<ImportError> errors) =>
        new(kind, year, 0, [], [], errors, false);

    private static ImportAction ActionOf(EntityState state) => state switch
    {
        EntityState.Added => ImportAction.Created,
        EntityState.Modified => ImportAction.Updated,
        _ => ImportAction.Unchanged,
    };
}
