using Microsoft.EntityFrameworkCore;
using Parta.Data;
using Parta.Organisation;

namespace Parta.Scheduling;

/// <summary>A version of the timetable in the version picker.</summary>
public sealed record GridVersion(Guid Id, DateOnly ValidFrom, DateOnly ValidTo, bool InForce);

/// <summary>A row of the grid: a class, or a group of several classes.</summary>
public sealed record GridRow(Guid Key, Guid? ClassId, Guid? GroupId, string Name, int Shift = 1);

/// <summary>A lesson in a cell of the grid.</summary>
public sealed record GridLesson(Guid LineId, string Subject, string? Group, string Teacher, string? Room, WeekParity Weeks, bool InConflict);

/// <summary>
/// The weekly timetable of a school as its editor shows it: rows of classes (and groups of several classes), columns of
/// days and lesson numbers, each cell's lessons, and every conflict of the version.
/// </summary>
public sealed record TimetableGrid(
    AcademicYear Year, IReadOnlyList<GridVersion> Versions, GridVersion? Shown, bool AlternatingWeeks, int Days,
    IReadOnlyList<int> Numbers, IReadOnlyList<GridRow> Rows, IReadOnlyDictionary<(Guid Row, int Day, int Number), List<GridLesson>> Cells,
    IReadOnlyList<TimetableConflict> Conflicts);

/// <summary>Builds <see cref="TimetableGrid"/> for a version (by default the one in force today, else the latest).</summary>
public sealed class GetTimetableGrid(PartaDbContext db, TimeProvider time)
{
    public sealed record Request(Guid? AcademicYearId = null, Guid? TimetableId = null);

    public sealed record NoYear() : NotFound("В школе ещё нет учебного года: сначала создайте его.");

    public async Task<Result<TimetableGrid>> HandleAsync(Request request, CancellationToken ct = default)
    {
        var today = await SchoolClock.TodayAsync(db, time, ct);
        Guid? yearId = request.AcademicYearId;
        if (request.TimetableId is { } asked)
        {
            yearId = await db.Timetables.Where(t => t.Id == asked).Select(t => (Guid?)t.AcademicYearId).FirstOrDefaultAsync(ct);
        }

        var year = yearId is { } y
            ? await db.AcademicYears.AsNoTracking().FirstOrDefaultAsync(a => a.Id == y, ct)
            : await SchoolClock.CurrentYearAsync(db, today, ct);
        if (year is null)
        {
            return new NoYear();
        }

        var versions = (await TimetableVersions.AllAsync(db, year.Id, ct))
            .Select(v => new GridVersion(v.Id, v.ValidFrom, v.ValidTo, v.Holds(today))).ToList();
        var shown = versions.FirstOrDefault(v => v.Id == request.TimetableId) ?? versions.FirstOrDefault(v => v.InForce) ?? versions.LastOrDefault();

        var classes = await db.SchoolClasses.AsNoTracking().Where(c => c.AcademicYearId == year.Id)
            .Select(c => new { c.Id, c.Grade, c.Letter, c.Shift }).ToListAsync(ct);
        var crossGroups = await db.StudyGroups.AsNoTracking().Where(g => g.AcademicYearId == year.Id && g.SchoolClassId == null)
            .Select(g => new { g.Id, g.Name }).ToListAsync(ct);
        var rows = ClassOrder.Sort(classes, c => c.Grade, c => c.Letter).Select(c => new GridRow(c.Id, c.Id, null, SchoolClass.NameOf(c.Grade, c.Letter), c.Shift))
            .Concat(crossGroups.OrderBy(g => g.Name, RussianCulture.Collation).Select(g => new GridRow(g.Id, null, g.Id, g.Name)))
            .ToList();
        var maxDays = await db.GradeSettings.AsNoTracking().Where(g => g.AcademicYearId == year.Id).Select(g => (int?)g.DaysPerWeek).MaxAsync(ct) ?? 5;

        var cells = new Dictionary<(Guid, int, int), List<GridLesson>>();
        var conflicts = new List<TimetableConflict>();
        var numbers = Enumerable.Range(1, 7).ToList();
        var alternating = false;
        if (shown is not null)
        {
            var picture = (await TimetablePicture.LoadAsync(db, shown.Id, today, ct))!;
            alternating = picture.AlternatingWeeks;
            conflicts = TimetableConflicts.Find(picture)
                .OrderBy(c => c.MayBeKept).ThenBy(c => c.Kind).ToList();
            var inConflict = conflicts.Where(c => !c.MayBeKept).SelectMany(c => c.LineIds).ToHashSet();
            foreach (var line in picture.Lines.Where(l => picture.Assignments.ContainsKey(l.AssignmentId)))
            {
                var a = picture.Assignments[line.AssignmentId];
                var row = picture.ClassOf(a) ?? a.GroupId!.Value;
                var group = a.GroupId is { } g && picture.Groups[g].ClassId is not null ? picture.Groups[g].Name : null;
                var key = (row, line.Day, line.Number);
                if (!cells.TryGetValue(key, out var list))
                {
                    cells[key] = list = [];
                }

                list.Add(new GridLesson(line.Id, a.SubjectShort, group, a.Teacher, picture.RoomName(line.RoomId) is { Length: > 0 } r ? r : null, line.Weeks, inConflict.Contains(line.Id)));
                maxDays = Math.Max(maxDays, line.Day);
            }

            foreach (var list in cells.Values)
            {
                list.Sort((x, y) => RussianCulture.Collation.Compare(x.Group ?? "", y.Group ?? ""));
            }

            var used = picture.Lines.Select(l => l.Number).ToList();
            numbers = Enumerable.Range(used.Contains(0) ? 0 : 1, Math.Max(7, used.DefaultIfEmpty(0).Max()) + (used.Contains(0) ? 1 : 0)).ToList();
        }

        return new TimetableGrid(year, versions, shown, alternating, Math.Min(maxDays, 6), numbers, rows, cells, conflicts);
    }
}
