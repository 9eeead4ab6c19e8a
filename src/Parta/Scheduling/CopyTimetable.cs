using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Scheduling;

/// <summary>
/// Copies a day of a class to another day (or a day of every class), or the whole week of a class to another class (by
/// subject and group name: the other class's own assignments are used, so its teachers). The target's lessons are
/// replaced. A copied line that would make a conflict (a teacher, a room, students busy, or a non-school day) is left out
/// and named in the answer, so nothing conflicting is kept silently; rooms of a class copied to another are not copied.
/// </summary>
public sealed class CopyTimetable(PartaDbContext db, TimetableLessons lessons, TimeProvider time)
{
    /// <param name="FromClassId">The class copied from (none with a day copy: every class).</param>
    /// <param name="ToClassId">For a class copy: the class copied to.</param>
    /// <param name="FromDay">For a day copy: the day copied from, to <paramref name="ToDay"/>.</param>
    public sealed record Request(Guid TimetableId, Guid? FromClassId, Guid? ToClassId, int? FromDay, int? ToDay);

    /// <summary>What was copied, and each line left out with why.</summary>
    public sealed record Copied(int Lines, IReadOnlyList<string> LeftOut);

    public sealed record TimetableNotFound() : NotFound("Расписание не найдено.");

    public sealed record ClassNotFound() : NotFound("Класс не найден.", nameof(Request.ToClassId));

    public sealed record SameDay() : Invalid("Выберите другой день: копировать день в него же незачем.", nameof(Request.ToDay));

    public sealed record SameClass() : Invalid("Выберите другой класс.", nameof(Request.ToClassId));

    public async Task<Result<Copied>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var today = await SchoolClock.TodayAsync(db, time, ct);
        var picture = await TimetablePicture.LoadAsync(db, request.TimetableId, today, ct);
        if (picture is null)
        {
            return new TimetableNotFound();
        }

        var dayCopy = request.ToClassId is null;
        var checks = new Checks();
        if (dayCopy)
        {
            checks.Number(request.FromDay, nameof(Request.FromDay), "Какой день", 1, 6, required: true);
            checks.Number(request.ToDay, nameof(Request.ToDay), "В какой день", 1, 6, required: true);
        }

        if (checks.Failed)
        {
            return checks.Refusal<Copied>();
        }

        if (dayCopy && request.FromDay == request.ToDay)
        {
            return new SameDay();
        }

        if (!dayCopy && request.FromClassId == request.ToClassId)
        {
            return new SameClass();
        }

        if (request.FromClassId is { } f && !picture.Classes.ContainsKey(f) || request.ToClassId is { } t && !picture.Classes.ContainsKey(t))
        {
            return new ClassNotFound();
        }

        bool InClass(TimetableLine l, Guid classId) => picture.ClassOf(picture.Assignments[l.AssignmentId]) == classId;
        var known = picture.Lines.Where(l => picture.Assignments.ContainsKey(l.AssignmentId)).ToList();
        List<TimetableLine> sources;
        Func<TimetableLine, bool> replaced;
        Func<TimetableLine, TimetableLine?> copy;
        if (dayCopy)
        {
            sources = known.Where(l => l.Day == request.FromDay && (request.FromClassId is not { } c || InClass(l, c))).ToList();
            replaced = l => l.Day == request.ToDay && (request.FromClassId is not { } c || InClass(l, c));
            copy = l => l with { Id = Guid.CreateVersion7(), Day = request.ToDay!.Value };
        }
        else
        {
            var target = request.ToClassId!.Value;
            sources = known.Where(l => InClass(l, request.FromClassId!.Value)).ToList();
            replaced = l => InClass(l, target);
            var targetAssignments = picture.Assignments.Values.Where(a => picture.ClassOf(a) == target).ToList();
            copy = l =>
            {
                var source = picture.Assignments[l.AssignmentId];
                var groupName = source.GroupId is { } g ? picture.Groups[g].Name : null;
                var match = targetAssignments.FirstOrDefault(a => a.SubjectId == source.SubjectId
                    && (groupName is null ? a.ClassId is not null : a.GroupId is { } tg && string.Equals(picture.Groups[tg].Name, groupName, StringComparison.OrdinalIgnoreCase)));
                return match is null ? null : l with { Id = Guid.CreateVersion7(), AssignmentId = match.Id, RoomId = null };
            };
        }

        var removed = known.Where(replaced).ToList();
        var lines = picture.Lines.Except(removed).ToList();
        var leftOut = new List<string>();
        var added = new List<TimetableLine>();
        foreach (var source in sources.OrderBy(l => l.Day).ThenBy(l => l.Number))
        {
            var describe = $"{ScheduleRules.DayShortNames[source.Day]}, {source.Number}-й урок, {picture.Describe(picture.Assignments[source.AssignmentId])}";
            if (copy(source) is not { } candidate)
            {
                leftOut.Add($"{describe}: в классе, куда копируется, нет такого предмета в нагрузке.");
                continue;
            }

            var errors = PlaceLesson.Refusals(picture.With(lines), candidate, keepHours: true);
            if (errors.Count > 0)
            {
                leftOut.Add($"{describe}: {errors[0].Message}");
                continue;
            }

            lines.Add(candidate);
            added.Add(candidate);
        }

        var removedIds = removed.Select(l => l.Id).ToList();
        await db.RemoveAllAsync(db.TimetableEntries.Where(e => removedIds.Contains(e.Id)), ct);
        db.TimetableEntries.AddRange(added.Select(l => new TimetableEntry
        {
            Id = l.Id, SchoolId = db.CurrentSchoolId!.Value, TimetableId = picture.TimetableId, Day = l.Day, Number = l.Number,
            TeachingAssignmentId = l.AssignmentId, RoomId = l.RoomId, Weeks = l.Weeks,
        }));
        var touched = removed.Concat(added).Select(l => l.AssignmentId).ToHashSet();
        return await lessons.SaveAndFollowAsync(picture.TimetableId, touched, ct) is { } refused ? refused : new Copied(added.Count, leftOut);
    }
}
