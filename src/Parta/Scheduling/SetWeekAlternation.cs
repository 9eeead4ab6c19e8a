using Microsoft.EntityFrameworkCore;
using Parta.Data;

namespace Parta.Scheduling;

/// <summary>
/// Turns odd and even weeks on or off for a version. Off is refused while some line holds only on odd or even weeks:
/// they would silently become every week's.
/// </summary>
public sealed class SetWeekAlternation(PartaDbContext db)
{
    public sealed record Request(Guid TimetableId, bool AlternatingWeeks);

    public sealed record TimetableNotFound() : NotFound("Расписание не найдено.");

    public sealed record LinesOfOneParity(int Count) : Invalid(
        $"В расписании {RussianPlural.Count(Count, "урок идёт", "урока идут", "уроков идут")} только по чётным или нечётным неделям: "
        + "сначала поставьте их на каждую неделю или уберите.");

    public async Task<Result<Timetable>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var timetable = await db.Timetables.FirstOrDefaultAsync(t => t.Id == request.TimetableId, ct);
        if (timetable is null)
        {
            return new TimetableNotFound();
        }

        if (!request.AlternatingWeeks)
        {
            var split = await db.TimetableEntries.CountAsync(e => e.TimetableId == timetable.Id && e.Weeks != WeekParity.Every, ct);
            if (split > 0)
            {
                return new LinesOfOneParity(split);
            }
        }

        timetable.AlternatingWeeks = request.AlternatingWeeks;
        return await db.TrySaveAsync(ct) is { } refused ? refused : timetable;
    }
}
