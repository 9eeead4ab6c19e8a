using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Organisation;

/// <summary>
/// Saves a period scheme of a year with its periods, refusing periods that overlap or leave the year.
/// Periods are matched by number, so a period keeps its id (and its journals) when its dates change.
/// </summary>
public sealed class SavePeriodScheme(PartaDbContext db, CurrentUser currentUser)
{
    /// <summary>A row of the form: a row with nothing in it is skipped; the others are numbered in order.</summary>
    public sealed record PeriodRow(string? Name, DateOnly? Start, DateOnly? End, bool Closed = false);

    /// <param name="Id">Empty for a new scheme.</param>
    /// <param name="Version">The scheme's version the form was opened with (null: no check). The scheme is the lock of its periods.</param>
    public sealed record Request(
        Guid? Id, Guid AcademicYearId, string? Name, PeriodKind Kind, IReadOnlyList<PeriodRow> Periods, uint? Version = null);

    public sealed record YearNotFound() : NotFound("Учебный год не найден.");

    public sealed record SchemeNotFound() : NotFound("Схема периодов не найдена.");

    public sealed record PeriodGraded(string Name)
        : Conflict($"Период «{Name}» удалить нельзя: за него выставлены итоговые отметки.");

    public sealed record DatesMissing(int Row, int Number)
        : Invalid($"Период № {Number}: введите даты начала и окончания.", $"{nameof(Request.Periods)}[{Row}].{nameof(PeriodRow.Start)}");

    public async Task<Result<PeriodScheme>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var year = await db.AcademicYears.AsNoTracking().FirstOrDefaultAsync(y => y.Id == request.AcademicYearId, ct);
        if (year is null)
        {
            return new YearNotFound();
        }

        PeriodScheme? scheme = null;
        if (request.Id is { } id)
        {
            scheme = await db.PeriodSchemes.Include(s => s.Periods).FirstOrDefaultAsync(s => s.Id == id && s.AcademicYearId == year.Id, ct);
            if (scheme is null)
            {
                return new SchemeNotFound();
            }

            if (db.Expect(scheme, request.Version) is { } stale)
            {
                return stale;
            }
        }

        var checks = new Checks();
        var name = checks.Required(request.Name, nameof(Request.Name), "Название схемы", 100);
        checks.Defined<PeriodKind>(request.Kind, nameof(Request.Kind), "Вид периодов");
        var drafts = new List<PeriodDraft>();
        for (var i = 0; i < request.Periods.Count; i++)
        {
            var row = request.Periods[i];
            if (string.IsNullOrWhiteSpace(row.Name) && row.Start is null && row.End is null)
            {
                continue;
            }

            var periodName = checks.Text(row.Name, $"{nameof(Request.Periods)}[{i}].{nameof(PeriodRow.Name)}", $"Период № {i + 1}", 100) ?? "";
            if (row.Start is not { } start || row.End is not { } end)
            {
                checks.Add(new DatesMissing(i, i + 1));
                continue;
            }

            drafts.Add(new PeriodDraft(drafts.Count + 1, periodName, start, end, row.Closed));
        }

        foreach (var error in PeriodRules.CheckPeriods(year.Start, year.End, drafts))
        {
            checks.Add(error);
        }

        if (checks.Failed)
        {
            return checks.Refusal<PeriodScheme>();
        }

        if (scheme is null)
        {
            scheme = new PeriodScheme { SchoolId = currentUser.SchoolId!.Value, AcademicYearId = year.Id, Name = name };
            db.PeriodSchemes.Add(scheme);
        }
        else
        {
            // The scheme's row is written with every change of its periods, so its version guards them too.
            db.Entry(scheme).State = EntityState.Modified;
        }

        scheme.Name = name;
        scheme.Kind = request.Kind;
        var removedPeriods = scheme.Periods.Where(p => drafts.All(d => d.Number != p.Number)).ToList();
        if (removedPeriods.Count > 0)
        {
            var removedIds = removedPeriods.Select(p => p.Id).ToList();
            var graded = await db.FinalMarks.Where(m => m.PeriodId != null && removedIds.Contains(m.PeriodId.Value))
                .Select(m => m.PeriodId).FirstOrDefaultAsync(ct);
            if (graded is { } gradedId)
            {
                return new PeriodGraded(removedPeriods.First(p => p.Id == gradedId).Name);
            }
        }

        foreach (var removed in removedPeriods)
        {
            scheme.Periods.Remove(removed);
            db.Periods.Remove(removed);
        }

        foreach (var draft in drafts)
        {
            var period = scheme.Periods.FirstOrDefault(p => p.Number == draft.Number);
            if (period is null)
            {
                period = new Period { SchoolId = scheme.SchoolId, PeriodSchemeId = scheme.Id, Number = draft.Number, Name = draft.Name };
                scheme.Periods.Add(period);
            }

            period.Name = draft.Name;
            period.Start = draft.Start;
            period.End = draft.End;
            period.Closed = draft.Closed;
        }

        return await db.TrySaveAsync(ct) is { } conflict ? conflict : scheme;
    }
}
