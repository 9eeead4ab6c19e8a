using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Organisation;

public sealed record SaveAcademicYearRequest(Guid? Id, string Name, DateOnly Start, DateOnly End);

/// <summary>Creates an academic year of the current school or changes its name and dates.</summary>
public sealed class SaveAcademicYear(PartaDbContext db, CurrentUser currentUser)
{
    public async Task<OrganisationResult> HandleAsync(SaveAcademicYearRequest request, CancellationToken ct = default)
    {
        var name = request.Name.Trim();
        var refusals = new List<Refusal>(PeriodRules.CheckYear(request.Start, request.End));
        if (name.Length == 0)
        {
            refusals.Add(new Refusal("Name", "Введите название, например «2026/2027»."));
        }
        else if (await db.AcademicYears.AnyAsync(y => y.Name == name && y.Id != request.Id, ct))
        {
            refusals.Add(new Refusal("Name", $"Учебный год «{name}» уже есть."));
        }

        AcademicYear? year = null;
        if (request.Id is { } id)
        {
            year = await db.AcademicYears.FirstOrDefaultAsync(y => y.Id == id, ct);
            if (year is null)
            {
                return OrganisationResult.Refuse("", "Учебный год не найден.");
            }

            var periods = await db.Periods
                .Where(p => db.PeriodSchemes.Any(s => s.Id == p.PeriodSchemeId && s.AcademicYearId == id))
                .Select(p => new { p.Name, p.Start, p.End })
                .ToListAsync(ct);
            if (periods.Any(p => p.Start < request.Start || p.End > request.End))
            {
                refusals.Add(new Refusal("", "Некоторые периоды учебного года выходят за новые даты: сначала измените периоды."));
            }
        }

        if (refusals.Count > 0)
        {
            return OrganisationResult.Refuse(refusals);
        }

        if (year is null)
        {
            year = new AcademicYear { SchoolId = currentUser.SchoolId!.Value, Name = name };
            db.AcademicYears.Add(year);
        }

        year.Name = name;
        year.Start = request.Start;
        year.End = request.End;
        await db.SaveChangesAsync(ct);
        return OrganisationResult.Ok(year.Id);
    }
}
