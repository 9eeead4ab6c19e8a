using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Organisation;

/// <summary>One cell of the curriculum grid: hours per week of a subject in a grade (or one class); <c>null</c> hours clear it.</summary>
public sealed record CurriculumCell(Guid SubjectId, int Grade, Guid? SchoolClassId, decimal? HoursPerWeek);

public sealed record SetCurriculumHoursRequest(Guid AcademicYearId, IReadOnlyList<CurriculumCell> Cells);

/// <summary>Sets hours per week of the curriculum (учебный план) for grades, and per-class overrides.</summary>
public sealed class SetCurriculumHours(PartaDbContext db, CurrentUser currentUser)
{
    public async Task<OrganisationResult> HandleAsync(SetCurriculumHoursRequest request, CancellationToken ct = default)
    {
        if (!await db.AcademicYears.AnyAsync(y => y.Id == request.AcademicYearId, ct))
        {
            return OrganisationResult.Refuse("", "Учебный год не найден.");
        }

        var subjects = await db.Subjects.Select(s => s.Id).ToListAsync(ct);
        var classes = await db.SchoolClasses.Where(c => c.AcademicYearId == request.AcademicYearId)
            .Select(c => new { c.Id, c.Grade }).ToListAsync(ct);
        var refusals = new List<Refusal>();
        foreach (var cell in request.Cells)
        {
            if (!subjects.Contains(cell.SubjectId) || cell.Grade is < 1 or > 11
                || (cell.SchoolClassId is { } c && !classes.Any(k => k.Id == c && k.Grade == cell.Grade)))
            {
                refusals.Add(new Refusal("", "Строка учебного плана относится к неизвестному предмету, параллели или классу."));
            }
            else if (cell.HoursPerWeek is < 0 or > 99)
            {
                refusals.Add(new Refusal("", "Часы в неделю — от 0 до 99."));
            }
        }

        if (refusals.Count > 0)
        {
            return OrganisationResult.Refuse(refusals.Distinct().ToList());
        }

        var lines = await db.CurriculumLines.Where(l => l.AcademicYearId == request.AcademicYearId).ToListAsync(ct);
        foreach (var cell in request.Cells)
        {
            var line = lines.FirstOrDefault(l => l.SubjectId == cell.SubjectId && l.Grade == cell.Grade && l.SchoolClassId == cell.SchoolClassId);
            if (cell.HoursPerWeek is not { } hours)
            {
                if (line is not null)
                {
                    db.CurriculumLines.Remove(line);
                }

                continue;
            }

            if (line is null)
            {
                line = new CurriculumLine
                {
                    SchoolId = currentUser.SchoolId!.Value, AcademicYearId = request.AcademicYearId, SubjectId = cell.SubjectId,
                    Grade = cell.Grade, SchoolClassId = cell.SchoolClassId,
                };
                db.CurriculumLines.Add(line);
                lines.Add(line);
            }

            if (line.HoursPerWeek != hours)
            {
                line.HoursPerWeek = hours;
            }
        }

        await db.SaveChangesAsync(ct);
        return OrganisationResult.Ok(request.AcademicYearId);
    }
}
