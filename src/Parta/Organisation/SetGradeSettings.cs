using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Organisation;

public sealed record GradeSetting(int Grade, Guid? PeriodSchemeId, int DaysPerWeek);

public sealed record SetGradeSettingsRequest(Guid AcademicYearId, IReadOnlyList<GradeSetting> Grades);

/// <summary>Sets, for each grade of a year, its period scheme and its 5- or 6-day week.</summary>
public sealed class SetGradeSettings(PartaDbContext db, CurrentUser currentUser)
{
    public async Task<OrganisationResult> HandleAsync(SetGradeSettingsRequest request, CancellationToken ct = default)
    {
        if (!await db.AcademicYears.AnyAsync(y => y.Id == request.AcademicYearId, ct))
        {
            return OrganisationResult.Refuse("", "Учебный год не найден.");
        }

        var schemes = await db.PeriodSchemes.Where(s => s.AcademicYearId == request.AcademicYearId).Select(s => s.Id).ToListAsync(ct);
        var refusals = new List<Refusal>();
        foreach (var g in request.Grades)
        {
            if (g.Grade is < 1 or > 11)
            {
                refusals.Add(new Refusal("", $"Параллель {g.Grade} не существует: только 1–11."));
            }

            if (g.DaysPerWeek is not (5 or 6))
            {
                refusals.Add(new Refusal("", $"{g.Grade} классы: учебная неделя бывает пятидневной или шестидневной."));
            }

            if (g.PeriodSchemeId is { } s && !schemes.Contains(s))
            {
                refusals.Add(new Refusal("", $"{g.Grade} классы: выберите схему периодов этого учебного года."));
            }
        }

        if (refusals.Count > 0)
        {
            return OrganisationResult.Refuse(refusals);
        }

        var existing = await db.GradeSettings.Where(g => g.AcademicYearId == request.AcademicYearId).ToListAsync(ct);
        foreach (var g in request.Grades)
        {
            var row = existing.FirstOrDefault(e => e.Grade == g.Grade);
            if (row is null)
            {
                row = new GradeSettings { SchoolId = currentUser.SchoolId!.Value, AcademicYearId = request.AcademicYearId, Grade = g.Grade };
                db.GradeSettings.Add(row);
            }

            row.PeriodSchemeId = g.PeriodSchemeId;
            row.DaysPerWeek = g.DaysPerWeek;
        }

        await db.SaveChangesAsync(ct);
        return OrganisationResult.Ok(request.AcademicYearId);
    }
}
