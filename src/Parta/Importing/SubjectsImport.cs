using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Importing;

/// <summary>
/// Rows of subjects with their short names. A row names a subject the school has when its name is the same as
/// <see cref="Subject.NameKey"/> compares names (as the subject form does), so «ОСНОВЫ СЧЕТА» updates «Основы счёта»
/// instead of adding a second one; a new subject's names are checked by <see cref="SaveSubject.CheckNames"/>.
/// </summary>
internal sealed class SubjectsImport(PartaDbContext db) : IImportKind
{
    private static readonly Dictionary<string, string> Columns = new(StringComparer.Ordinal)
    {
        [nameof(SaveSubject.Request.Name)] = ImportKinds.Subject,
        [nameof(SaveSubject.Request.ShortName)] = ImportKinds.ShortName,
    };

    public async Task PlanAsync(ImportRun run, Guid schoolId, AcademicYear year, CancellationToken ct)
    {
        var subjects = (await db.Subjects.ToListAsync(ct)).ToDictionary(s => Subject.NameKey(s.Name), StringComparer.Ordinal);
        var nextOrder = subjects.Count == 0 ? 1 : subjects.Values.Max(s => s.SortOrder) + 1;
        var tally = run.Tally("Предметы");
        var inFile = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in run.Table.Rows)
        {
            var name = run.Cell(row, ImportKinds.Subject);
            var shortName = run.Cell(row, ImportKinds.ShortName);
            var key = name is null ? null : Subject.NameKey(name);
            var existing = key is not null && subjects.TryGetValue(key, out var found) ? found : null;

            // The short name may be left empty: a subject the school has keeps its own, a new one takes its name (cut to fit).
            var checks = new Checks();
            var names = SaveSubject.CheckNames(checks, existing?.Name ?? name, shortName ?? existing?.ShortName ?? Cut(name, 50));
            if (run.Report(row, checks, Columns, ImportKinds.Subject) || names is not { } checkedNames)
            {
                continue;
            }

            if (inFile.TryGetValue(key!, out var sameRow))
            {
                run.Error(row, ImportKinds.Subject, $"предмет «{name}» уже есть в строке {sameRow}");
                continue;
            }

            inFile[key!] = row.Number;
            var subject = existing;
            if (subject is null)
            {
                var standard = Subject.Standard.Select((s, i) => (s.Name, i)).FirstOrDefault(s => Subject.NameKey(s.Name) == key);
                subject = new Subject
                {
                    SchoolId = schoolId, Name = checkedNames.Name, ShortName = checkedNames.ShortName,
                    SortOrder = standard.Name is null ? nextOrder++ : standard.i + 1,
                };
                db.Subjects.Add(subject);
                subjects[key!] = subject;
            }

            subject.ShortName = checkedNames.ShortName;
            tally.Add(subject);
            run.Line(row, subject.Name, subject);
        }
    }

    private static string? Cut(string? text, int length) => text?.Trim() is { Length: > 0 } t ? t[..Math.Min(t.Length, length)] : null;
}
