using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Importing;

/// <summary>
/// Rows of the curriculum (учебный план): hours per week of a subject in a grade or one class, by the rules of
/// <see cref="SetCurriculumHours"/> (hours as <see cref="Hours"/> reads them, a class's own line of its grade). «Экзамен»
/// sets the exam flag; left empty it keeps the flag a line has (a new line has none).
/// </summary>
internal sealed class CurriculumImport(PartaDbContext db) : IImportKind
{
    private static readonly Dictionary<string, string> Columns = new(StringComparer.Ordinal);

    public async Task PlanAsync(ImportRun run, Guid schoolId, AcademicYear year, CancellationToken ct)
    {
        var subjects = await OrganisationImportRules.SubjectsByNameAsync(db, ct);
        var classes = (await db.SchoolClasses.AsNoTracking().Where(c => c.AcademicYearId == year.Id).ToListAsync(ct))
            .ToDictionary(c => ImportKeys.ClassKey(c.Grade, c.Letter), StringComparer.Ordinal);
        var lines = (await db.CurriculumLines.Where(l => l.AcademicYearId == year.Id).ToListAsync(ct))
            .ToDictionary(l => (l.SubjectId, l.Grade, l.SchoolClassId));
        var tally = run.Tally("Строки учебного плана");
        var inFile = new Dictionary<(Guid, int, Guid?), int>();
        foreach (var row in run.Table.Rows)
        {
            var errorsBefore = run.Errors.Count;
            var subject = run.SubjectNamed(row, subjects);
            var grade = run.Grade(row, ImportKinds.Grade);
            var hours = run.WeeklyHours(row, required: true);
            var schoolClass = run.ClassIn(row, ImportKinds.SchoolClass, classes, year, required: false);
            var exam = run.YesNo(row, ImportKinds.Exam);
            if (schoolClass is not null && grade is { } g)
            {
                var checks = new Checks();
                SetCurriculumHours.CheckClassGrade(checks, schoolClass, g);
                run.Report(row, checks, Columns, ImportKinds.SchoolClass);
            }

            if (run.Errors.Count > errorsBefore || subject is null || grade is null || hours is null)
            {
                continue;
            }

            var key = (subject.Id, grade.Value, schoolClass?.Id);
            if (inFile.TryGetValue(key, out var sameRow))
            {
                run.Error(row, ImportKinds.Subject, $"эта строка учебного плана уже есть в строке {sameRow}");
                continue;
            }

            inFile[key] = row.Number;
            if (!lines.TryGetValue(key, out var line))
            {
                line = new CurriculumLine
                {
                    SchoolId = schoolId, AcademicYearId = year.Id, SubjectId = subject.Id, Grade = grade.Value, SchoolClassId = schoolClass?.Id,
                };
                db.CurriculumLines.Add(line);
                lines[key] = line;
            }

            line.HoursPerWeek = hours.Value;
            if (exam is { } e)
            {
                line.Exam = e;
            }

            tally.Add(line);
            run.Line(row, $"{subject.Name}, {schoolClass?.Name ?? grade + " параллель"}", line);
        }
    }
}
