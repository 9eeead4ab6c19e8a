using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Scheduling;

/// <summary>A choice of the cell's form: an assignment of the row («Математика — Иванова И. И.», «Англ. яз., группа 1 — …»).</summary>
public sealed record CellAssignmentChoice(Guid Id, string Title, Guid? SuggestedRoomId);

/// <summary>A lesson already in the cell.</summary>
public sealed record CellLine(Guid LineId, Guid AssignmentId, string Title, Guid? RoomId, string? Room, WeekParity Weeks, uint Version = 0);

/// <summary>One slot (day and lesson number) of one class's or group's week, with what can be put into it.</summary>
public sealed record TimetableCell(
    Guid TimetableId, DateOnly ValidFrom, bool AlternatingWeeks, GridRow Row, int Day, int Number, IReadOnlyList<CellLine> Lines,
    IReadOnlyList<CellAssignmentChoice> Assignments, IReadOnlyList<RoomFacts> Rooms, IReadOnlyList<TimetableConflict> Conflicts);

/// <summary>Builds <see cref="TimetableCell"/>: the cell editor's page.</summary>
public sealed class GetTimetableCell(PartaDbContext db, TimeProvider time)
{
    /// <param name="RowId">The class, or the group of several classes.</param>
    public sealed record Request(Guid TimetableId, Guid RowId, int Day, int Number);

    public sealed record CellNotFound() : NotFound("Такой клетки расписания нет.");

    public async Task<Result<TimetableCell>> HandleAsync(Request request, CancellationToken ct = default)
    {
        if (request.Day is < 1 or > 6 || request.Number is < 0 or > ScheduleRules.MaxLessonNumber)
        {
            return new CellNotFound();
        }

        var today = await SchoolClock.TodayAsync(db, time, ct);
        var picture = await TimetablePicture.LoadAsync(db, request.TimetableId, today, ct);
        if (picture is null)
        {
            return new CellNotFound();
        }

        GridRow row;
        Func<AssignmentFacts, bool> ofRow;
        if (picture.Classes.TryGetValue(request.RowId, out var schoolClass))
        {
            row = new GridRow(schoolClass.Id, schoolClass.Id, null, schoolClass.Name);
            ofRow = a => picture.ClassOf(a) == schoolClass.Id;
        }
        else if (picture.Groups.TryGetValue(request.RowId, out var group) && group.ClassId is null)
        {
            row = new GridRow(group.Id, null, group.Id, group.Name);
            ofRow = a => a.GroupId == group.Id;
        }
        else
        {
            return new CellNotFound();
        }

        string Title(AssignmentFacts a) =>
            a.GroupId is { } g && picture.Groups[g].ClassId is not null ? $"{a.Subject}, {picture.Groups[g].Name} — {a.Teacher}" : $"{a.Subject} — {a.Teacher}";

        var rowLines = picture.Lines.Where(l => picture.Assignments.TryGetValue(l.AssignmentId, out var a) && ofRow(a)).ToList();

        // The room a lesson usually has: the assignment's most used room, else the row's.
        var rowRoom = rowLines.Where(l => l.RoomId is not null).GroupBy(l => l.RoomId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
        Guid? SuggestedRoom(Guid assignmentId) =>
            picture.Lines.Where(l => l.AssignmentId == assignmentId && l.RoomId is not null).GroupBy(l => l.RoomId)
                .OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault() ?? rowRoom;

        var assignments = picture.Assignments.Values.Where(ofRow)
            .OrderBy(a => a.Subject, RussianCulture.Collation).ThenBy(a => Title(a), RussianCulture.Collation)
            .Select(a => new CellAssignmentChoice(a.Id, Title(a), SuggestedRoom(a.Id)))
            .ToList();
        var lines = rowLines.Where(l => l.Day == request.Day && l.Number == request.Number)
            .Select(l => new CellLine(l.Id, l.AssignmentId, Title(picture.Assignments[l.AssignmentId]), l.RoomId, picture.RoomName(l.RoomId) is { Length: > 0 } r ? r : null, l.Weeks))
            .OrderBy(l => l.Title, RussianCulture.Collation).ToList();
        var ids = lines.Select(l => l.LineId).ToHashSet();
        var versions = await db.TimetableEntries.AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Version, ct);
        lines = lines.Select(l => l with { Version = versions.GetValueOrDefault(l.LineId) }).ToList();
        var conflicts = TimetableConflicts.Find(picture).Where(c => !c.MayBeKept && c.LineIds.Any(ids.Contains)).ToList();
        var rooms = picture.Rooms.Values.OrderBy(r => r.Name, RoomOrder.Instance).ToList();
        return new TimetableCell(picture.TimetableId, picture.ValidFrom, picture.AlternatingWeeks, row, request.Day, request.Number, lines, assignments, rooms, conflicts);
    }
}
