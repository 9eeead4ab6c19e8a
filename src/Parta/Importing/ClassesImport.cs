using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Importing;

/// <summary>Rows of classes of the year, with their class teachers; grade and letter checked by <see cref="SaveSchoolClass.CheckName"/>.</summary>
internal sealed class ClassesImport(PartaDbContext db) : IImportKind
{
    private static readonly Dictionary<string, string> Columns = new(StringComparer.Ordinal)
    {
        [nameof(SaveSchoolClass.Request.Grade)] = ImportKinds.SchoolClass,
        [nameof(SaveSchoolClass.Request.Letter)] = ImportKinds.SchoolClass,
        [nameof(SaveSchoolClass.Request.ClassTeacherId)] = ImportKinds.ClassTeacher,
    };

    public async Task PlanAsync(ImportRun run, Guid schoolId, AcademicYear year, CancellationToken ct)
    {
        var classes = (await db.SchoolClasses.Where(c => c.AcademicYearId == year.Id).ToListAsync(ct))
            .ToDictionary(c => ImportKeys.ClassKey(c.Grade, c.Letter), StringComparer.Ordinal);
        var staff = await ImportKeys.StaffByNameAsync(db, ct);
        var tally = run.Tally("Классы");
        var inFile = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in run.Table.Rows)
        {
            var errorsBefore = run.Errors.Count;
            var parsed = run.ClassName(row, ImportKinds.SchoolClass, required: true);
            var teacher = run.Staff(row, ImportKinds.ClassTeacher, staff, required: false);
            if (parsed is { } p)
            {
                var checks = new Checks();
                parsed = SaveSchoolClass.CheckName(checks, p.Grade, p.Letter);
                run.Report(row, checks, Columns, ImportKinds.SchoolClass);
            }

            if (run.Errors.Count > errorsBefore || parsed is not { } gradeAndLetter)
            {
                continue;
            }

            var (grade, letter) = gradeAndLetter;
            var key = ImportKeys.ClassKey(grade, letter);
            if (inFile.TryGetValue(key, out var sameRow))
            {
                run.Error(row, ImportKinds.SchoolClass, $"класс {SchoolClass.NameOf(grade, letter)} уже есть в строке {sameRow}");
                continue;
            }

            inFile[key] = row.Number;
            if (!classes.TryGetValue(key, out var schoolClass))
            {
                schoolClass = new SchoolClass { SchoolId = schoolId, AcademicYearId = year.Id, Grade = grade, Letter = letter };
                db.SchoolClasses.Add(schoolClass);
                classes[key] = schoolClass;
            }

            schoolClass.ClassTeacherId = teacher?.Id ?? schoolClass.ClassTeacherId;
            tally.Add(schoolClass);
            run.Line(row, schoolClass.Name, schoolClass);
        }
    }
}
