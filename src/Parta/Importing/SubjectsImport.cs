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

/// <summary>
/// What the Organisation kinds of import share: the rules of the use cases reported by row and column, and the readers
/// of a subject's name and of hours per week (the same comparisons and limits the forms use).
/// </summary>
internal static class OrganisationImportRules
{
    /// <summary>
    /// Reports a use case rule's refusals on the row, each under the column its request field came from
    /// (<paramref name="fallbackColumn"/> when none), worded as the import words its errors (lower case, no full stop).
    /// </summary>
    /// <returns>Whether the rule refused the row.</returns>
    public static bool Report(this ImportRun run, SpreadsheetRow row, Checks checks, IReadOnlyDictionary<string, string> columns, string fallbackColumn)
    {
        foreach (var error in checks.Errors)
        {
            var column = error.Field is { } field && columns.TryGetValue(field, out var header) ? header : fallbackColumn;
            run.Error(row, column, Worded(error.Message));
        }

        return checks.Failed;
    }

    /// <summary>The school's subjects by <see cref="Subject.NameKey"/>.</summary>
    public static async Task<Dictionary<string, Subject>> SubjectsByNameAsync(PartaDbContext db, CancellationToken ct) =>
        (await db.Subjects.AsNoTracking().ToListAsync(ct)).ToDictionary(s => Subject.NameKey(s.Name), StringComparer.Ordinal);

    /// <summary>The subject the row's «Предмет» names, compared as the subject form compares names.</summary>
    public static Subject? SubjectNamed(this ImportRun run, SpreadsheetRow row, Dictionary<string, Subject> subjects)
    {
        var value = run.Text(row, ImportKinds.Subject, 200, required: true);
        if (value is null)
        {
            return null;
        }

        if (!subjects.TryGetValue(Subject.NameKey(value), out var subject))
        {
            run.Error(row, ImportKinds.Subject, $"нет такого предмета: «{value}»");
        }

        return subject;
    }

    /// <summary>Hours per week in «Часов в неделю», read by <see cref="Hours.TryParse"/> as the forms read them.</summary>
    public static decimal? WeeklyHours(this ImportRun run, SpreadsheetRow row, bool required)
    {
        var value = run.Cell(row, ImportKinds.HoursPerWeek);
        if (value is null)
        {
            if (required)
            {
                run.Error(row, ImportKinds.HoursPerWeek, "не заполнено");
            }

            return null;
        }

        if (!Hours.TryParse(value, out var hours))
        {
            run.Error(row, ImportKinds.HoursPerWeek, $"неверное число часов «{value}»");
            return null;
        }

        return hours;
    }

    private static string Worded(string message)
    {
        var text = message.TrimEnd('.');
        return text.Length > 1 && char.IsUpper(text[0]) && char.IsLower(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
    }
}
