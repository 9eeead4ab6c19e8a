using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Scheduling;

/// <summary>Makes a date of the current school year a shortened day (сокращённый день): every shift follows its shortened bells.</summary>
public sealed class AddShortenedDay(PartaDbContext db, CurrentUser currentUser, RefreshLessons refresh, TimeProvider time)
{
    public sealed record Request(DateOnly? Date, string? Reason);

    public sealed record NoYear() : Invalid("В школе нет текущего учебного года.", nameof(Request.Date));

    public sealed record AlreadyShortened(DateOnly Date) : Invalid($"{RussianDate.Show(Date)} уже сокращённый день.", nameof(Request.Date));

    public async Task<Result<ShortenedDay>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var today = await SchoolClock.TodayAsync(db, time, ct);
        var year = await SchoolClock.CurrentYearAsync(db, today, ct);
        if (year is null)
        {
            return new NoYear();
        }

        var checks = new Checks();
        var date = checks.Date(request.Date, nameof(Request.Date), "Дата", new DateWindow(year.Start, year.End), required: true);
        var reason = checks.Text(request.Reason, nameof(Request.Reason), "Причина", 200);
        if (date is { } d && await db.ShortenedDays.AnyAsync(s => s.Date == d, ct))
        {
            checks.Add(new AlreadyShortened(d));
        }

        if (checks.Failed)
        {
            return checks.Refusal<ShortenedDay>();
        }

        var day = new ShortenedDay { SchoolId = currentUser.SchoolId!.Value, Date = date!.Value, Reason = reason };
        db.ShortenedDays.Add(day);
        return await LessonsFollow.SaveAsync(db, refresh, new RefreshLessons.Request(day.Date, day.Date), ct) is { } conflict ? conflict : day;
    }
}
