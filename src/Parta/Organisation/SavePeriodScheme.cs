using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Organisation;

/// <summary>A scheme and all its periods as the form shows them; <see cref="Id"/> is empty for a new scheme.</summary>
public sealed record SavePeriodSchemeRequest(Guid? Id, Guid AcademicYearId, string Name, PeriodKind Kind, IReadOnlyList<PeriodDraft> Periods);

/// <summary>
/// Saves a period scheme of a year with its periods, refusing periods that overlap or leave the year.
/// Periods are matched by number, so a period keeps its id (and its journals) when its dates change.
/// </summary>
public sealed class SavePeriodScheme(PartaDbContext db, CurrentUser currentUser)
{
    public async Task<OrganisationResult> HandleAsync(SavePeriodSchemeRequest request, CancellationToken ct = default)
    {
        var year = await db.AcademicYears.AsNoTracking().FirstOrDefaultAsync(y => y.Id == request.AcademicYearId, ct);
        if (year is null)
        {
            return OrganisationResult.Refuse("", "Учебный год не найден.");
        }

        var refusals = new List<Refusal>();
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            refusals.Add(new Refusal("Name", "Введите название схемы, например «Четверти»."));
        }

        refusals.AddRange(PeriodRules.CheckPeriods(year.Start, year.End, request.Periods));
        if (refusals.Count > 0)
        {
            return OrganisationResult.Refuse(refusals);
        }

        PeriodScheme? scheme;
        if (request.Id is { } id)
        {
            scheme = await db.PeriodSchemes.Include(s => s.Periods).FirstOrDefaultAsync(s => s.Id == id && s.AcademicYearId == year.Id, ct);
            if (scheme is null)
            {
                return OrganisationResult.Refuse("", "Схема периодов не найдена.");
            }
        }
        else
        {
            scheme = new PeriodScheme { SchoolId = currentUser.SchoolId!.Value, AcademicYearId = year.Id, Name = request.Name.Trim() };
            db.PeriodSchemes.Add(scheme);
        }

        scheme.Name = request.Name.Trim();
        scheme.Kind = request.Kind;
        foreach (var removed in scheme.Periods.Where(p => request.Periods.All(d => d.Number != p.Number)).ToList())
        {
            scheme.Periods.Remove(removed);
            db.Periods.Remove(removed);
        }

        foreach (var draft in request.Periods)
        {
            var period = scheme.Periods.FirstOrDefault(p => p.Number == draft.Number);
            if (period is null)
            {
                period = new Period { SchoolId = scheme.SchoolId, PeriodSchemeId = scheme.Id, Number = draft.Number, Name = draft.Name.Trim() };
                scheme.Periods.Add(period);
            }

            period.Name = draft.Name.Trim();
            period.Start = draft.Start;
            period.End = draft.End;
            period.Closed = draft.Closed;
        }

        await db.SaveChangesAsync(ct);
        return OrganisationResult.Ok(scheme.Id);
    }
}
