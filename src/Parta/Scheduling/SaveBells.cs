using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Scheduling;

/// <summary>
/// Saves one bell schedule at once (a shift's ordinary or shortened bells): for each lesson number its start and end, or
/// nothing for a lesson the shift does not have. The lessons still to come this year take the new times.
/// </summary>
public sealed class SaveBells(PartaDbContext db, CurrentUser currentUser, RefreshLessons refresh, TimeProvider time)
{
    /// <param name="Number">The lesson number, 0 to <see cref="ScheduleRules.MaxLessonNumber"/>.</param>
    public sealed record BellTime(int Number, TimeOnly? Start, TimeOnly? End);

    /// <param name="Bells">The lines of the form; a number left out or with no times has no bell.</param>
    public sealed record Request(int Shift, bool Shortened, IReadOnlyList<BellTime> Bells);

    public sealed record NoSuchShift() : Invalid("Смена — первая или вторая.", nameof(Request.Shift));

    public sealed record NoSuchNumber(int Number) : Invalid($"Номер урока {Number}: только от 0 до {ScheduleRules.MaxLessonNumber}.");

    public sealed record HalfFilled(int Index, bool StartMissing)
        : Invalid(StartMissing ? "Укажите начало урока." : "Укажите конец урока.", $"Bells[{Index}].{(StartMissing ? "Start" : "End")}");

    public sealed record EndNotAfterStart(int Index) : Invalid("Урок кончается позже, чем начинается.", $"Bells[{Index}].End");

    public sealed record Overlaps(int Index, int Previous, TimeOnly PreviousEnd)
        : Invalid($"Урок начинается до конца {Previous}-го урока ({PreviousEnd:HH\\:mm}): уроки идут по порядку и не накладываются.", $"Bells[{Index}].Start");

    /// <returns>How many lessons of the bell schedule there are now.</returns>
    public async Task<Result<int>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var checks = new Checks();
        if (request.Shift is < 1 or > ScheduleRules.MaxShift)
        {
            checks.Add(new NoSuchShift());
        }

        var filled = new List<(int Index, BellTime Bell)>();
        for (var i = 0; i < request.Bells.Count; i++)
        {
            var bell = request.Bells[i];
            if (bell.Number is < 0 or > ScheduleRules.MaxLessonNumber)
            {
                checks.Add(new NoSuchNumber(bell.Number));
            }
            else if (bell.Start is null != bell.End is null)
            {
                checks.Add(new HalfFilled(i, bell.Start is null));
            }
            else if (bell.Start is { } s && bell.End is { } e)
            {
                if (e <= s)
                {
                    checks.Add(new EndNotAfterStart(i));
                }
                else
                {
                    filled.Add((i, bell));
                }
            }
        }

        if (request.Bells.GroupBy(b => b.Number).Any(g => g.Count() > 1))
        {
            checks.Add(new Invalid("Каждый номер урока — один раз."));
        }

        var ordered = filled.OrderBy(f => f.Bell.Number).ToList();
        for (var k = 1; k < ordered.Count; k++)
        {
            var (previous, current) = (ordered[k - 1].Bell, ordered[k]);
            if (current.Bell.Start < previous.End)
            {
                checks.Add(new Overlaps(current.Index, previous.Number, previous.End!.Value));
            }
        }

        if (checks.Failed)
        {
            return checks.Refusal<int>();
        }

        var existing = await db.Bells.Where(b => b.Shift == request.Shift && b.Shortened == request.Shortened).ToListAsync(ct);
        foreach (var bell in existing.Where(b => ordered.All(f => f.Bell.Number != b.Number)))
        {
            db.Bells.Remove(bell);
        }

        foreach (var (_, wanted) in ordered)
        {
            var bell = existing.FirstOrDefault(b => b.Number == wanted.Number);
            if (bell is null)
            {
                bell = new Bell { SchoolId = currentUser.SchoolId!.Value, Shift = request.Shift, Shortened = request.Shortened, Number = wanted.Number };
                db.Bells.Add(bell);
            }

            bell.Start = wanted.Start!.Value;
            bell.End = wanted.End!.Value;
        }

        var today = await SchoolClock.TodayAsync(db, time, ct);
        var year = await SchoolClock.CurrentYearAsync(db, today, ct);
        var affected = year is null ? null : LessonsFollow.Future(today, year.Start, year.End);
        return await LessonsFollow.SaveAsync(db, refresh, affected, ct) is { } conflict ? conflict : ordered.Count;
    }
}
