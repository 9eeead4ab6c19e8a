using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Organisation;

/// <summary>Creates an academic year of the current school (no id) or changes its name and dates.</summary>
public sealed class SaveAcademicYear(PartaDbContext db, CurrentUser currentUser, TimeProvider time)
{
    /// <param name="Version">The year's version the form was opened with (null: no check).</param>
    public sealed record Request(Guid? Id, string? Name, DateOnly? Start, DateOnly? End, uint? Version = null);

    public sealed record YearNotFound() : NotFound("Учебный год не найден.");

    public sealed record DuplicateName(string Name) : Invalid($"Учебный год «{Name}» уже есть.", nameof(Request.Name));

    public sealed record PeriodsOutside()
        : Invalid("Некоторые периоды учебного года выходят за новые даты: сначала измените периоды.", nameof(Request.Start));

    public async Task<Result<AcademicYear>> HandleAsync(Request request, CancellationToken ct = default)
    {
        AcademicYear? year = null;
        if (request.Id is { } id)
        {
            year = await db.AcademicYears.FirstOrDefaultAsync(y => y.Id == id, ct);
            if (year is null)
            {
                return new YearNotFound();
            }

            if (db.Expect(year, request.Version) is { } stale)
            {
                return stale;
            }
        }

        var checks = new Checks();
        var window = DateWindow.SchoolLife(await SchoolClock.TodayAsync(db, time, ct));
        var name = checks.Required(request.Name, nameof(Request.Name), "Название", 20);
        var start = checks.Date(request.Start, nameof(Request.Start), "Начало", window, required: true);
        var end = checks.Date(request.End, nameof(Request.End), "Окончание", window, required: true);
        if (start is { } s && end is { } e)
        {
            foreach (var error in PeriodRules.CheckYear(s, e, nameof(Request.End)))
            {
                checks.Add(error);
            }
        }

        if (name.Length > 0 && await db.AcademicYears.AnyAsync(y => y.Name == name && y.Id != request.Id, ct))
        {
            checks.Add(new DuplicateName(name));
        }

        if (year is not null && start is { } newStart && end is { } newEnd
            && await db.Periods.AnyAsync(p => db.PeriodSchemes.Any(x => x.Id == p.PeriodSchemeId && x.AcademicYearId == year.Id)
                && (p.Start < newStart || p.End > newEnd), ct))
        {
            checks.Add(new PeriodsOutside());
        }

        if (checks.Failed)
        {
            return checks.Refusal<AcademicYear>();
        }

        if (year is null)
        {
            year = new AcademicYear { SchoolId = currentUser.SchoolId!.Value, Name = name };
            db.AcademicYears.Add(year);
        }

        year.Name = name;
        year.Start = start!.Value;
        year.End = end!.Value;
        return await db.TrySaveAsync(ct) is { } conflict ? conflict : year;
    }
}
