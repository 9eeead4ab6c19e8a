using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Scheduling;

namespace Parta.Organisation;

/// <summary>Sets, for each grade of a year, its period scheme and its 5- or 6-day week.</summary>
public sealed class SetGradeSettings(PartaDbContext db, CurrentUser currentUser, RefreshLessons refresh, TimeProvider time)
{
    /// <param name="Version">The version of the grade's saved settings the form was opened with (null: none saved, or no check).</param>
    public sealed record GradeSetting(int Grade, Guid? PeriodSchemeId, int DaysPerWeek, uint? Version = null);

    public sealed record Request(Guid AcademicYearId, IReadOnlyList<GradeSetting> Grades);

    public sealed record YearNotFound() : NotFound("Учебный год не найден.");

    public sealed record NoSuchGrade(int Grade) : Invalid($"Параллель {Grade} не существует: только 1–11.");

    public sealed record WrongWeek(int Grade) : Invalid($"{Grade} классы: учебная неделя бывает пятидневной или шестидневной.");

    public sealed record SchemeOfAnotherYear(int Grade) : Invalid($"{Grade} классы: выберите схему периодов этого учебного года.");

    public async Task<Result<Done>> HandleAsync(Request request, CancellationToken ct = default)
    {
        if (!await db.AcademicYears.AnyAsync(y => y.Id == request.AcademicYearId, ct))
        {
            return new YearNotFound();
        }

        var existing = await db.GradeSettings.Where(g => g.AcademicYearId == request.AcademicYearId).ToListAsync(ct);
        foreach (var g in request.Grades)
        {
            if (existing.FirstOrDefault(e => e.Grade == g.Grade) is { } saved && db.Expect(saved, g.Version) is { } stale)
            {
                return stale;
            }
        }

        var schemes = await db.PeriodSchemes.Where(s => s.AcademicYearId == request.AcademicYearId).Select(s => s.Id).ToListAsync(ct);
        var checks = new Checks();
        foreach (var g in request.Grades)
        {
            if (g.Grade is < 1 or > 11)
            {
                checks.Add(new NoSuchGrade(g.Grade));
            }

            if (g.DaysPerWeek is not (5 or 6))
            {
                checks.Add(new WrongWeek(g.Grade));
            }

            if (g.PeriodSchemeId is { } s && !schemes.Contains(s))
            {
                checks.Add(new SchemeOfAnotherYear(g.Grade));
            }
        }

        if (request.Grades.GroupBy(g => g.Grade).Any(g => g.Count() > 1))
        {
            checks.Add(new Invalid("Каждая параллель — один раз."));
        }

        if (checks.Failed)
        {
            return checks.Refusal<Done>();
        }

        var weekChanged = false;
        foreach (var g in request.Grades)
        {
            var row = existing.FirstOrDefault(e => e.Grade == g.Grade);
            weekChanged |= (row?.DaysPerWeek ?? 5) != g.DaysPerWeek;
            if (row is null)
            {
                row = new GradeSettings { SchoolId = currentUser.SchoolId!.Value, AcademicYearId = request.AcademicYearId, Grade = g.Grade };
                db.GradeSettings.Add(row);
            }

            row.PeriodSchemeId = g.PeriodSchemeId;
            row.DaysPerWeek = g.DaysPerWeek;
        }

        if (!weekChanged)
        {
            return await db.TrySaveAsync(ct) is { } conflict ? conflict : Done.Value;
        }

        // A five- or six-day week decides whether Saturdays have lessons: the year's lessons still to come follow.
        var today = await SchoolClock.TodayAsync(db, time, ct);
        var year = await db.AcademicYears.AsNoTracking().FirstAsync(y => y.Id == request.AcademicYearId, ct);
        return await LessonsFollow.SaveAsync(db, refresh, LessonsFollow.Future(today, year.Start, year.End), ct) is { } refused ? refused : Done.Value;
    }
}
