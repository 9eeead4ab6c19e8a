using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Importing;

/// <summary>
/// What the Organisation kinds of import share: the rules of the use cases reported by row and column, and the readers
/// of a subject's name and of hours per week (the same comparisons and limits the forms use).
/// </summary>
internal static class OrganisationImportRules
{
    /// <summary>
    /// Reports a use case rule's refusals on the row (through <see cref="ImportRun.Refusals"/>, in the rule's own words),
    /// each under the column its request field came from (<paramref name="fallbackColumn"/> when none).
    /// </summary>
    /// <returns>Whether the rule refused the row.</returns>
    public static bool Report(this ImportRun run, SpreadsheetRow row, Checks checks, IReadOnlyDictionary<string, string> columns, string fallbackColumn)
    {
        run.Refusals(row, checks.Errors, field => columns.GetValueOrDefault(field, fallbackColumn));
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

    /// <summary>
    /// A yes-or-no cell: «да»/«нет» (also «+»/«-», «1»/«0»), any case; an empty cell is null, which leaves the value as it is.
    /// </summary>
    public static bool? YesNo(this ImportRun run, SpreadsheetRow row, string header)
    {
        var value = run.Cell(row, header);
        switch (value?.ToUpperInvariant())
        {
            case null:
                return null;
            case "ДА" or "+" or "1" or "Д":
                return true;
            case "НЕТ" or "-" or "0" or "Н":
                return false;
            default:
                run.Error(row, header, $"укажите «да» или «нет», а не «{(value.Length > 20 ? value[..20] + "…" : value)}»");
                return null;
        }
    }
}
