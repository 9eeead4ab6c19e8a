using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Scheduling;

namespace Parta.Organisation;

/// <summary>Adds holidays, a public holiday or a moved day to the school calendar, for the school or one grade.</summary>
public sealed class AddCalendarEntry(PartaDbContext db, CurrentUser currentUser, RefreshLessons refresh, TimeProvider time)
{
    /// <param name="End">The last day; none for one day.</param>
    /// <param name="Grade">Only for this grade; none for the whole school.</param>
    /// <param name="TimetableDay">A moved working day: whose weekday's timetable it follows (1 = Monday … 6 = Saturday); none: its own.</param>
    public sealed record Request(Guid AcademicYearId, CalendarEntryKind Kind, string? Name, DateOnly? Start, DateOnly? End, int? Grade, int? TimetableDay = null);

    public sealed record YearNotFound() : NotFound("Учебный год не найден.");

    public sealed record EndBeforeStart() : Invalid("Дата окончания раньше даты начала.", nameof(Request.End));

    public sealed record OutsideTheYear(DateOnly YearStart, DateOnly YearEnd)
        : Invalid($"Даты должны быть внутри учебного года ({RussianDate.Show(YearStart, YearEnd)}).", nameof(Request.Start));

    public sealed record WorkingDayNotAWeekend()
        : Invalid("Перенесённый рабочий день — это суббота или воскресенье, ставшие учебными.", nameof(Request.Kind));

    public sealed record TimetableDayOnlyForWorkingDay()
        : Invalid("Расписание какого дня — только для перенесённого рабочего дня.", nameof(Request.TimetableDay));

    public async Task<Result<CalendarEntry>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var year = await db.AcademicYears.AsNoTracking().FirstOrDefaultAsync(y => y.Id == request.AcademicYearId, ct);
        if (year is null)
        {
            return new YearNotFound();
        }

        var checks = new Checks();
        var kind = checks.Defined<CalendarEntryKind>(request.Kind, nameof(Request.Kind), "Вид");
        var name = checks.Required(request.Name, nameof(Request.Name), "Название", 200);
        var start = request.Start;
        var end = request.End ?? start;
        if (start is null)
        {
            checks.Add(nameof(Request.Start), "Укажите дату начала.");
        }

        checks.Number(request.Grade, nameof(Request.Grade), "Параллель", 1, 11);
        checks.Number(request.TimetableDay, nameof(Request.TimetableDay), "По расписанию дня", 1, 6);
        if (request.TimetableDay is not null && kind is not CalendarEntryKind.WorkingDay)
        {
            checks.Add(new TimetableDayOnlyForWorkingDay());
        }
        if (start is { } s && end is { } e)
        {
            if (e < s)
            {
                checks.Add(new EndBeforeStart());
            }
            else if (!year.Contains(s) || !year.Contains(e))
            {
                checks.Add(new OutsideTheYear(year.Start, year.End));
            }
            else if (kind is CalendarEntryKind.WorkingDay && s == e && s.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                checks.Add(new WorkingDayNotAWeekend());
            }
        }

        if (checks.Failed)
        {
            return checks.Refusal<CalendarEntry>();
        }

        var entry = new CalendarEntry
        {
            SchoolId = currentUser.SchoolId!.Value,
            AcademicYearId = year.Id,
            Kind = request.Kind,
            Name = name,
            Start = start!.Value,
            End = end!.Value,
            Grade = request.Grade,
            TimetableDay = request.TimetableDay,
        };
        db.CalendarEntries.Add(entry);

        // Holidays and moved days decide which days have lessons: the lessons still to come in its dates follow.
        var today = await SchoolClock.TodayAsync(db, time, ct);
        return await LessonsFollow.SaveAsync(db, refresh, LessonsFollow.Future(today, entry.Start, entry.End), ct) is { } conflict ? conflict : entry;
    }
}
