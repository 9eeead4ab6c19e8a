using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Scheduling;

/// <summary>
/// Starts a new version of the timetable from a date of the year: it begins as a copy of the version in force on that
/// date (or empty, the year's first), and the old version keeps the earlier dates. Lessons from the date on follow the
/// new version (a copy changes none of them until it is edited).
/// </summary>
public sealed class StartTimetable(PartaDbContext db, TimetableLessons lessons)
{
    public sealed record Request(Guid AcademicYearId, DateOnly? ValidFrom, bool AlternatingWeeks = false);

    public sealed record YearNotFound() : NotFound("Учебный год не найден.");

    public sealed record DateTaken(DateOnly Date) : Invalid($"Расписание с {RussianDate.Show(Date)} уже есть: откройте его.", nameof(Request.ValidFrom));

    public async Task<Result<Timetable>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var year = await db.AcademicYears.AsNoTracking().FirstOrDefaultAsync(y => y.Id == request.AcademicYearId, ct);
        if (year is null)
        {
            return new YearNotFound();
        }

        var checks = new Checks();
        var from = checks.Date(request.ValidFrom, nameof(Request.ValidFrom), "Действует с", new DateWindow(year.Start, year.End), required: true);
        if (checks.Failed)
        {
            return checks.Refusal<Timetable>();
        }

        if (await db.Timetables.AnyAsync(t => t.AcademicYearId == year.Id && t.ValidFrom == from, ct))
        {
            return new DateTaken(from!.Value);
        }

        var previous = await db.Timetables.AsNoTracking().Where(t => t.AcademicYearId == year.Id && t.ValidFrom < from)
            .OrderByDescending(t => t.ValidFrom).FirstOrDefaultAsync(ct);
        var timetable = new Timetable
        {
            SchoolId = db.CurrentSchoolId!.Value, AcademicYearId = year.Id, ValidFrom = from!.Value,
            AlternatingWeeks = previous?.AlternatingWeeks ?? request.AlternatingWeeks,
        };
        db.Timetables.Add(timetable);
        if (previous is not null)
        {
            var lines = await db.TimetableEntries.AsNoTracking().Where(e => e.TimetableId == previous.Id).ToListAsync(ct);
            db.TimetableEntries.AddRange(lines.Select(l => new TimetableEntry
            {
                SchoolId = l.SchoolId, TimetableId = timetable.Id, Day = l.Day, Number = l.Number,
                TeachingAssignmentId = l.TeachingAssignmentId, RoomId = l.RoomId, Weeks = l.Weeks,
            }));
        }

        // Every assignment's lessons from the date follow the new version (a version before the year's first had none).
        return await lessons.SaveAndFollowAsync(timetable.Id, null, ct) is { } refused ? refused : timetable;
    }
}
