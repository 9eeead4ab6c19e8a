using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Scheduling;

/// <summary>
/// Puts a lesson into a slot of the weekly timetable (or changes a line already there): the assignment, the room and the
/// weeks. The timetable with the line is checked with <see cref="TimetableConflicts"/>: a conflict the line takes part in
/// refuses it, named; hours over the load or the curriculum refuse it too unless the deputy director keeps it anyway
/// (<see cref="Request.KeepHours"/>) — the only conflict that may be kept, and it stays listed.
/// </summary>
public sealed class PlaceLesson(PartaDbContext db, TimetableLessons lessons, TimeProvider time)
{
    /// <param name="LineId">The line to change; none: a new line.</param>
    /// <param name="Version">The changed line's version the form was opened with (null: no check).</param>
    public sealed record Request(
        Guid TimetableId, int Day, int Number, Guid? AssignmentId, Guid? RoomId, WeekParity Weeks = WeekParity.Every, Guid? LineId = null,
        bool KeepHours = false, uint? Version = null);

    public sealed record TimetableNotFound() : NotFound("Расписание не найдено.");

    public sealed record LineNotFound() : NotFound("Этого урока в расписании уже нет: его удалил другой пользователь.");

    public sealed record AssignmentNotFound() : NotFound("Выберите предмет и учителя из нагрузки этого учебного года.", nameof(Request.AssignmentId));

    public sealed record RoomNotFound() : NotFound("Кабинет не найден.", nameof(Request.RoomId));

    public sealed record WeeksWithoutAlternation() : Invalid(
        "Чётные и нечётные недели различаются только в расписании с чередованием недель.", nameof(Request.Weeks));

    /// <summary>A conflict the new line takes part in.</summary>
    public sealed record SlotConflict(TimetableConflict Found) : Invalid(Found.Message);

    /// <summary>Hours over the load or the curriculum: may be kept with <see cref="Request.KeepHours"/>.</summary>
    public sealed record HoursOver(TimetableConflict Found) : Invalid(Found.Message);

    public async Task<Result<TimetableEntry>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var checks = new Checks();
        checks.Number(request.Day, nameof(Request.Day), "День недели", 1, 6, required: true);
        checks.Number(request.Number, nameof(Request.Number), "Номер урока", 0, ScheduleRules.MaxLessonNumber, required: true);
        checks.Defined<WeekParity>(request.Weeks, nameof(Request.Weeks), "Недели");
        if (request.AssignmentId is null)
        {
            checks.Add(nameof(Request.AssignmentId), "Выберите предмет и учителя.");
        }

        if (checks.Failed)
        {
            return checks.Refusal<TimetableEntry>();
        }

        var today = await SchoolClock.TodayAsync(db, time, ct);
        var picture = await TimetablePicture.LoadAsync(db, request.TimetableId, today, ct);
        if (picture is null)
        {
            return new TimetableNotFound();
        }

        if (!picture.Assignments.ContainsKey(request.AssignmentId!.Value))
        {
            return new AssignmentNotFound();
        }

        if (request.RoomId is { } roomId && !picture.Rooms.ContainsKey(roomId))
        {
            return new RoomNotFound();
        }

        if (request.Weeks != WeekParity.Every && !picture.AlternatingWeeks)
        {
            return new WeeksWithoutAlternation();
        }

        TimetableEntry? line = null;
        if (request.LineId is { } lineId)
        {
            line = await db.TimetableEntries.FirstOrDefaultAsync(e => e.Id == lineId && e.TimetableId == request.TimetableId, ct);
            if (line is null)
            {
                return new LineNotFound();
            }

            if (db.Expect(line, request.Version) is { } stale)
            {
                return stale;
            }
        }

        var candidate = new TimetableLine(line?.Id ?? Guid.CreateVersion7(), request.Day, request.Number, request.Weeks, request.AssignmentId.Value, request.RoomId);
        var errors = Refusals(picture, candidate, request.KeepHours);
        if (errors.Count > 0)
        {
            return errors;
        }

        var touched = new HashSet<Guid> { candidate.AssignmentId };
        if (line is null)
        {
            line = new TimetableEntry { Id = candidate.Id, SchoolId = db.CurrentSchoolId!.Value, TimetableId = request.TimetableId };
            db.TimetableEntries.Add(line);
        }
        else
        {
            touched.Add(line.TeachingAssignmentId);
        }

        line.Day = candidate.Day;
        line.Number = candidate.Number;
        line.TeachingAssignmentId = candidate.AssignmentId;
        line.RoomId = candidate.RoomId;
        line.Weeks = candidate.Weeks;
        return await lessons.SaveAndFollowAsync(request.TimetableId, touched, ct) is { } refused ? refused : line;
    }

    /// <summary>
    /// What refuses a line in a timetable: the conflicts it takes part in that the timetable without it does not have,
    /// and hours it puts over the plan unless they are kept. Also used by the copy and the import.
    /// </summary>
    public static List<Error> Refusals(TimetablePicture picture, TimetableLine candidate, bool keepHours)
    {
        var without = picture.Lines.Where(l => l.Id != candidate.Id).ToList();
        var before = TimetableConflicts.Find(picture.With(without)).Select(c => c.Message).ToHashSet();
        var after = TimetableConflicts.Find(picture.With([.. without, candidate]));
        var errors = new List<Error>();
        foreach (var conflict in after.Where(c => !before.Contains(c.Message)))
        {
            if (!conflict.MayBeKept)
            {
                if (conflict.LineIds.Contains(candidate.Id))
                {
                    errors.Add(new SlotConflict(conflict));
                }
            }
            else if (conflict.IsOver && !keepHours && conflict.LineIds.Contains(candidate.Id))
            {
                errors.Add(new HoursOver(conflict));
            }
        }

        return errors;
    }
}
