using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Parta.Access;
using Parta.Data;
using Parta.Movement;
using Parta.Organisation;
using Parta.People;

namespace Parta.Importing;

/// <summary>Rows of subjects with their short names.</summary>
internal sealed class SubjectsImport(PartaDbContext db) : IImportKind
{
    public async Task PlanAsync(ImportRun run, Guid schoolId, AcademicYear year, CancellationToken ct)
    {
        var subjects = (await db.Subjects.ToListAsync(ct)).ToDictionary(s => s.Name.ToUpperInvariant(), StringComparer.Ordinal);
        var nextOrder = subjects.Count == 0 ? 1 : subjects.Values.Max(s => s.SortOrder) + 1;
        var tally = run.Tally("Предметы");
        var inFile = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in run.Table.Rows)
        {
            var errorsBefore = run.Errors.Count;
            var name = run.Text(row, ImportKinds.Subject, 200, required: true);
            var shortName = run.Text(row, ImportKinds.ShortName, 50);
            if (run.Errors.Count > errorsBefore || name is null)
            {
                continue;
            }

            var key = name.ToUpperInvariant();
            if (inFile.TryGetValue(key, out var sameRow))
            {
                run.Error(row, ImportKinds.Subject, $"предмет «{name}» уже есть в строке {sameRow}");
                continue;
            }

            inFile[key] = row.Number;
            if (!subjects.TryGetValue(key, out var subject))
            {
                var standard = Subject.Standard.Select((s, i) => (s.Name, i)).FirstOrDefault(s => s.Name == name);
                subject = new Subject
                {
                    SchoolId = schoolId, Name = name, ShortName = shortName ?? (name.Length <= 50 ? name : name[..50]),
                    SortOrder = standard.Name is null ? nextOrder++ : standard.i + 1,
                };
                db.Subjects.Add(subject);
                subjects[key] = subject;
            }

            subject.ShortName = shortName ?? subject.ShortName;
            tally.Add(subject);
            run.Line(row, subject.Name, subject);
        }
    }
}
